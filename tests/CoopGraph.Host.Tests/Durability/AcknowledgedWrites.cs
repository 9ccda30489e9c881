namespace CoopGraph.Host.Tests.Durability;

/// <summary>After a restart: what the clients were answered is all there, and what they were not answered is whole or absent.</summary>
internal static class AcknowledgedWrites
{
    /// <summary>Reads every Person the clients wrote or tried to write and returns each problem found, and counts for the log.</summary>
    public static async Task<(IReadOnlyList<string> Problems, string Summary)> CheckAsync(EditorEndpoint api, IReadOnlyList<WriteClient> clients)
    {
        var ids = clients.SelectMany(c => (IEnumerable<string>)[c.PersonId, .. c.ChangeSets.SelectMany(s => s.Ids)]).ToList();
        var stored = await StoredPerson.ReadAsync(api, ids);
        var problems = new List<string>();
        int unansweredUpdates = 0, unansweredUpdatesKept = 0, unansweredSets = 0, unansweredSetsKept = 0;
        foreach (var client in clients)
        {
            var progress = client.Progress;
            problems.AddRange(progress.CheckDurable(client.PersonId, stored[client.PersonId]) is { } problem ? [problem] : []);
            if (progress.UpdateInFlight)
            {
                unansweredUpdates++;
                unansweredUpdatesKept += stored[client.PersonId]?.Version == progress.AcknowledgedUpdates + 2 ? 1 : 0;
            }

            foreach (var changeSet in client.ChangeSets)
            {
                problems.AddRange(changeSet.Check(stored, mustBePresent: changeSet.IsAcknowledged) is { } setProblem ? [setProblem] : []);
                if (!changeSet.IsAcknowledged)
                {
                    unansweredSets++;
                    unansweredSetsKept += changeSet.IsPresentIn(stored) ? 1 : 0;
                }
            }
        }

        var summary = $"{ids.Count} people checked; unanswered at a kill so far: {unansweredUpdates} updates ({unansweredUpdatesKept} kept), "
            + $"{unansweredSets} change sets ({unansweredSetsKept} kept whole)";
        return (problems, summary);
    }
}
