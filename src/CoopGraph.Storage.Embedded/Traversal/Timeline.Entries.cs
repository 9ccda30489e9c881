namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// From dated values to entries: the values of one fact (an entity, or a relationship) on one date are one
/// entry naming every property that holds that date, in the model's order, so an event that starts and ends
/// on the same day reads "…: startDate and endDate 2023-11-16" once rather than appearing twice.
/// </summary>
internal sealed partial class Timeline
{
    private List<TimelineFact> Entries() =>
        _values
            .Distinct()
            .GroupBy(v => (v.Node, v.Relationship, v.Date))
            .Select(g => new TimelineFact(g.Key.Date, g.Key.Node, g.Key.Relationship, Describe(g.Key.Node, g.Key.Relationship, g.Key.Date.ToString(), g.Select(v => v.Property))))
            .ToList();

    private string Describe(int node, int relationship, string date, IEnumerable<int> properties)
    {
        var about = relationship < 0
            ? Name(node)
            : $"{Name(node)} {snapshot.GetRelationshipType(relationship).Name} {Name(snapshot.GetEnd(relationship))}";
        return $"{about}: {JoinNames(properties.Order().Select(p => field.Facts[p].Property.Name).ToList())} {date}";
    }

    /// <summary>"a", "a and b", "a, b and c": as the Neo4j store writes them.</summary>
    private static string JoinNames(List<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    /// <summary>
    /// By date, then description, then the entity's id, then the relationship's id (an entity's own
    /// fact first): ids, not store handles, break the last ties, so every store orders alike.
    /// </summary>
    private int Compare(TimelineFact a, TimelineFact b)
    {
        if (a.Date.SortKey != b.Date.SortKey)
        {
            return a.Date.SortKey.CompareTo(b.Date.SortKey);
        }

        if (string.CompareOrdinal(a.Description, b.Description) is var byText and not 0)
        {
            return byText;
        }

        if (a.Node != b.Node)
        {
            return string.CompareOrdinal(snapshot.GetNodeId(a.Node), snapshot.GetNodeId(b.Node));
        }

        return a.Relationship == b.Relationship ? 0
            : a.Relationship < 0 ? -1
            : b.Relationship < 0 ? 1
            : string.CompareOrdinal(snapshot.GetRelationshipId(a.Relationship), snapshot.GetRelationshipId(b.Relationship));
    }
}
