namespace CoopGraph.GraphQL.Schema;

/// <summary>
/// Limits of the API, bound from the <c>CoopGraph:Api</c> configuration section. Every default is named here.
/// </summary>
public sealed class ApiLimits
{
    /// <summary>Page size when a connection gets neither first nor last.</summary>
    public int DefaultPageSize { get; set; } = 25;

    /// <summary>Largest first/last a connection accepts.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Deepest selection (fields nested, leaf counted).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest estimated cost: each field costs 1, and a list multiplies its children by its page size.</summary>
    public int MaxCost { get; set; } = 200_000;

    /// <summary>Most aliased fields in one operation.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most entities a generic list (neighbours, relationships, search) returns.</summary>
    public int MaxListSize { get; set; } = 1000;

    /// <summary>Time a request may run before it is cancelled, store work included.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether introspection (<c>__schema</c>, <c>__type</c>) is allowed; the IDE and the HTTP audit need it.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Whether <c>extensions: {"explain": true}</c> returns the printed plan.</summary>
    public bool Explain { get; set; } = true;

    /// <summary>Whether the root field <c>cypher</c> runs researchers' read-only Cypher (Neo4j store only). Default: off.</summary>
    public bool RawCypher { get; set; }

    /// <summary>Most rows one <c>cypher</c> field returns; a statement that yields more is refused, not cut.</summary>
    public int RawCypherMaxRows { get; set; } = 1000;

    /// <summary>Parsed and validated documents kept for reuse.</summary>
    public int DocumentCacheSize { get; set; } = 1000;
}
