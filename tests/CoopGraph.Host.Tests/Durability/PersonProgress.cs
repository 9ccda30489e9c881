namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// How far one client's own Person has got. The client is the Person's only writer and sends one request at a time,
/// so at most one write of it is unanswered, and what the store must hold follows exactly from the answered ones.
/// </summary>
internal readonly record struct PersonProgress(bool CreateAcknowledged, int AcknowledgedUpdates, bool UpdateInFlight)
{
    /// <summary>
    /// What a restart must show: an acknowledged create and every acknowledged update, plus at most the one unanswered
    /// update (it may or may not have committed before the kill); never more, never a value from another version.
    /// </summary>
    public string? CheckDurable(string id, StoredPerson? stored)
    {
        if (!CreateAcknowledged)
        {
            // The create was unanswered (no update is sent before it is): absent, or there exactly as created.
            return stored is null || stored is { Version: 1, Description: "0" } ? null : $"{id}: its create was never acknowledged and nothing else was sent, yet it holds {Show(stored)}";
        }

        if (stored is null)
        {
            return $"{id}: its create was acknowledged, but it is gone";
        }

        var least = AcknowledgedUpdates + 1;
        var most = least + (UpdateInFlight ? 1 : 0);
        if (stored.Version < least || stored.Version > most)
        {
            var expected = least == most ? $"{least}" : $"{least} or {most}";
            return $"{id}: {Show(stored)}, expected version {expected} after {AcknowledgedUpdates} acknowledged updates{(UpdateInFlight ? " and one unanswered" : "")}";
        }

        return ValueFollowsVersion(id, stored);
    }

    /// <summary>What a read sent after this progress was taken must show: every write acknowledged by then, whole.</summary>
    public string? CheckVisible(string id, StoredPerson? seen)
    {
        if (seen is null)
        {
            return CreateAcknowledged ? $"{id}: its create was acknowledged before the read, but the read did not find it" : null;
        }

        if (seen.Version < AcknowledgedUpdates + 1)
        {
            return $"{id}: the read saw {Show(seen)} after {AcknowledgedUpdates} updates were acknowledged";
        }

        return ValueFollowsVersion(id, seen);
    }

    private static string? ValueFollowsVersion(string id, StoredPerson person) =>
        person.Description == (person.Version - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            ? null
            : $"{id}: {Show(person)}, but each update sets the description to the number of updates so far";

    private static string Show(StoredPerson person) => $"version {person.Version} with description \"{person.Description}\"";
}
