using System.Collections.Concurrent;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// Concurrent writers (<see cref="WriteClient"/>) and readers against one server. Each read asks, in one request and so
/// one snapshot, for every client's Person and the people of its latest change set (most often the one in flight), and
/// checks that each set is whole or absent and that whatever was acknowledged before the read was sent is there.
/// With <c>serverMayDie</c>, a request that gets no whole answer ends its writer or reader quietly: the server was killed.
/// </summary>
internal sealed class WriteLoad
{
    private readonly ConcurrentQueue<string> _readerProblems = new();
    private readonly List<Task> _writers;
    private readonly bool _serverMayDie;
    private volatile bool _writersDone;
    private int _reads;
    private int _unansweredSetsSeenWhole;
    private int _unansweredSetsSeenAbsent;

    private WriteLoad(EditorEndpoint api, string name, Random random, int clients, int readers, int? writes, bool serverMayDie, CancellationToken stop)
    {
        _serverMayDie = serverMayDie;
        Clients = [.. Enumerable.Range(0, clients).Select(c => new WriteClient($"{name}-c{c}", random.Next()))];
        _writers = [.. Clients.Select(c => Tolerant(c.RunAsync(api, writes, stop)))];
        var writersDone = Task.WhenAll(_writers).ContinueWith(_ => _writersDone = true, TaskScheduler.Default);
        Completion = Task.WhenAll([.. _writers, writersDone, .. Enumerable.Range(0, readers).Select(_ => Tolerant(ReadAsync(api, stop)))]);
    }

    public IReadOnlyList<WriteClient> Clients { get; }

    /// <summary>Completes when every writer and reader has stopped; faults with the first unexpected error of any.</summary>
    public Task Completion { get; }

    /// <summary>Every torn or stale state a reader saw.</summary>
    public IReadOnlyCollection<string> ReaderProblems => _readerProblems;

    public string Summary
    {
        get
        {
            var progress = Clients.Select(c => c.Progress).ToList();
            var sets = Clients.SelectMany(c => c.ChangeSets).ToList();
            return $"{progress.Count(p => p.CreateAcknowledged)} creates, {progress.Sum(p => p.AcknowledgedUpdates)} updates and "
                + $"{sets.Count(s => s.IsAcknowledged)} of {sets.Count} change sets acknowledged; {_reads} reads saw "
                + $"{_unansweredSetsSeenWhole} unanswered change sets whole and {_unansweredSetsSeenAbsent} absent";
        }
    }

    /// <summary>Starts the writers (each with its own Person and change sets, named after <paramref name="name"/>) and the readers.</summary>
    /// <param name="writes">Writes per client after its create; null writes until <paramref name="stop"/>.</param>
    public static WriteLoad Start(EditorEndpoint api, string name, Random random, int clients, int readers, int? writes, bool serverMayDie, CancellationToken stop) =>
        new(api, name, random, clients, readers, writes, serverMayDie, stop);

    /// <summary>Waits until every client's create is acknowledged, so a kill after it always lands on a load with acknowledged work.</summary>
    public async Task WaitUntilAllCreatedAsync(TimeSpan patience)
    {
        var created = Task.WhenAll(Clients.Select(c => c.Created));
        var first = await Task.WhenAny(created, Task.WhenAny(_writers)).WaitAsync(patience);
        await first;
        if (!created.IsCompleted)
        {
            throw new InvalidOperationException("A writer stopped before every client's create was acknowledged: the server went away.");
        }
    }

    private async Task ReadAsync(EditorEndpoint api, CancellationToken stop)
    {
        while (!_writersDone && !stop.IsCancellationRequested)
        {
            // Taken before the read is sent: everything acknowledged by now must be in the read's snapshot.
            var before = Clients
                .Select(c => (Client: c, Progress: c.Progress, ChangeSet: c.LatestChangeSet))
                .Select(b => (b.Client, b.Progress, b.ChangeSet, SetAcknowledged: b.ChangeSet?.IsAcknowledged ?? false))
                .ToList();
            var ids = before.SelectMany(b => (IEnumerable<string>)[b.Client.PersonId, .. b.ChangeSet?.Ids ?? []]).ToList();
            var seen = await StoredPerson.ReadAsync(api, ids);
            Interlocked.Increment(ref _reads);
            foreach (var (client, progress, changeSet, setAcknowledged) in before)
            {
                Record(progress.CheckVisible(client.PersonId, seen[client.PersonId]));
                if (changeSet is not null)
                {
                    var problem = changeSet.Check(seen, setAcknowledged);
                    Record(problem);
                    if (problem is null && !setAcknowledged)
                    {
                        Interlocked.Increment(ref changeSet.IsPresentIn(seen) ? ref _unansweredSetsSeenWhole : ref _unansweredSetsSeenAbsent);
                    }
                }
            }
        }
    }

    private void Record(string? problem)
    {
        if (problem is not null)
        {
            _readerProblems.Enqueue(problem);
        }
    }

    private async Task Tolerant(Task work)
    {
        try
        {
            await work;
        }
        catch (Exception e) when (_serverMayDie && EditorEndpoint.IsTransportFailure(e))
        {
            // The server was killed under this request: its write stays unanswered in the record.
        }
    }
}
