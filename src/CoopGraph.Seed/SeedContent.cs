namespace CoopGraph.Seed;

/// <summary>What <see cref="SeedReader"/> read: the nodes and relationships, in file order, and every problem met on the way.</summary>
public sealed class SeedContent
{
    internal SeedContent(IReadOnlyList<SeedEntry> nodes, IReadOnlyList<SeedEntry> relationships, IReadOnlyList<SeedError> errors)
    {
        Nodes = nodes;
        Relationships = relationships;
        Errors = errors;
    }

    public IReadOnlyList<SeedEntry> Nodes { get; }

    public IReadOnlyList<SeedEntry> Relationships { get; }

    public IReadOnlyList<SeedError> Errors { get; }
}
