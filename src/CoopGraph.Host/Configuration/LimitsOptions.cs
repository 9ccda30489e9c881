namespace CoopGraph.Host.Configuration;

/// <summary>Limits that keep one request from exhausting the server (<c>CoopGraph:Limits</c>).</summary>
public sealed class LimitsOptions
{
    /// <summary>Deepest allowed selection, counting the leaf field. Default: 15.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest allowed complexity score of an operation. Default: 20,000.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>Most aliases in one operation. Default: 100.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Page size of a connection when the client gives none. Default: 25.</summary>
    public int DefaultPageSize { get; set; } = 25;

    /// <summary>Largest page a client may ask for. Default: 1,000.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Deepest traversal (paths, neighbourhoods). Default: 6.</summary>
    public int MaxTraversalDepth { get; set; } = 6;

    /// <summary>Most nodes in a returned subgraph. Default: 5,000.</summary>
    public int MaxSubgraphNodes { get; set; } = 5000;

    /// <summary>Longest time one operation may run. Default: 30 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
