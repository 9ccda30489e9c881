namespace CoopGraph.Graph.Schema.Model;

/// <summary>Directives on a property that change how stores treat it.</summary>
[Flags]
public enum PropertyFlags
{
    None = 0,
    Id = 1,
    Unique = 2,
    Index = 4,
    Display = 8,
    Searchable = 16,
}
