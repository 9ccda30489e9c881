using System.Text.Json;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// One HTTP client of the write load: it creates its own Person, then, one request at a time, either updates that Person
/// or applies a change set of new people. Nothing else writes what it owns, so the state every answer promises is known
/// exactly: an update's answer must carry the next version, and what is recorded here is what the store must keep.
/// </summary>
internal sealed class WriteClient(string name, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();
    private readonly List<ChangeSetRecord> _changeSets = [];
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PersonProgress _progress;

    public string PersonId { get; } = "person:" + name;

    /// <summary>Completes when the create of the client's Person is acknowledged.</summary>
    public Task Created => _created.Task;

    public PersonProgress Progress
    {
        get
        {
            lock (_lock)
            {
                return _progress;
            }
        }
    }

    public IReadOnlyList<ChangeSetRecord> ChangeSets
    {
        get
        {
            lock (_lock)
            {
                return [.. _changeSets];
            }
        }
    }

    public ChangeSetRecord? LatestChangeSet
    {
        get
        {
            lock (_lock)
            {
                return _changeSets.Count == 0 ? null : _changeSets[^1];
            }
        }
    }

    /// <summary>Writes until stopped, or for the given number of writes after the create.</summary>
    public async Task RunAsync(EditorEndpoint api, int? writes, CancellationToken stop)
    {
        var created = await api.MutateAsync("createPerson", PersonWrites.Create, PersonWrites.CreateVariables(PersonId));
        ExpectPerson(created, 1);
        lock (_lock)
        {
            _progress = _progress with { CreateAcknowledged = true };
        }

        _created.SetResult();
        for (var write = 0; writes is null ? !stop.IsCancellationRequested : write < writes; write++)
        {
            if (_random.Next(2) == 0)
            {
                await UpdateAsync(api);
            }
            else
            {
                await ApplyChangeSetAsync(api);
            }
        }
    }

    private async Task UpdateAsync(EditorEndpoint api)
    {
        int update;
        lock (_lock)
        {
            update = _progress.AcknowledgedUpdates + 1;
            _progress = _progress with { UpdateInFlight = true };
        }

        var updated = await api.MutateAsync("updatePerson", PersonWrites.Update, PersonWrites.UpdateVariables(PersonId, update));
        ExpectPerson(updated, update + 1);
        lock (_lock)
        {
            _progress = _progress with { AcknowledgedUpdates = update, UpdateInFlight = false };
        }
    }

    private async Task ApplyChangeSetAsync(EditorEndpoint api)
    {
        ChangeSetRecord changeSet;
        lock (_lock)
        {
            changeSet = new ChangeSetRecord($"{PersonId}-set-{_changeSets.Count}");
            _changeSets.Add(changeSet);
        }

        var applied = await api.MutateAsync("applyChanges", PersonWrites.ApplyChanges, PersonWrites.ChangeSetVariables(changeSet.Ids));
        var ids = applied.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        if (!ids.SequenceEqual(changeSet.WrittenIds))
        {
            throw new InvalidOperationException($"applyChanges for {changeSet.Name} answered [{string.Join(", ", ids)}], expected [{string.Join(", ", changeSet.WrittenIds)}]");
        }

        changeSet.Acknowledge();
    }

    /// <summary>The client is the Person's only writer, so each acknowledged write must answer with exactly the next version.</summary>
    private void ExpectPerson(JsonElement payload, int version)
    {
        var person = payload.GetProperty("person");
        var expected = (version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (person.GetProperty("version").GetInt32() != version || person.GetProperty("description").GetString() != expected)
        {
            throw new InvalidOperationException($"{PersonId}: the write answered {person}, expected version {version} with description \"{expected}\"");
        }
    }
}
