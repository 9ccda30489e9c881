namespace CoopGraph.Graph.Schema.Model;

/// <summary>
/// A relationship type (PARTNER_OF) with every (start label, end label) pair that some
/// relationship field of the type definitions allows.
/// </summary>
public sealed class RelationshipType
{
    private readonly HashSet<(string Start, string End)> _ends;

    internal RelationshipType(
        string name,
        int ordinal,
        RelationshipPropertiesType? properties,
        IReadOnlyCollection<(string Start, string End)> ends)
    {
        Name = name;
        Ordinal = ordinal;
        Properties = properties;
        _ends = new HashSet<(string, string)>(ends);
        Ends = ends.OrderBy(e => e.Start, StringComparer.Ordinal).ThenBy(e => e.End, StringComparer.Ordinal).ToArray();
    }

    public string Name { get; }

    /// <summary>Dense number of the type, for compact adjacency in stores.</summary>
    public int Ordinal { get; }

    public RelationshipPropertiesType? Properties { get; }

    public IReadOnlyList<(string Start, string End)> Ends { get; }

    public bool Allows(string startLabel, string endLabel) => _ends.Contains((startLabel, endLabel));
}
