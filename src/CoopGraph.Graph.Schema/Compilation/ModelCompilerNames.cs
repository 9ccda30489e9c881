namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>Names the compiler knows: its directives and the type names the generated API keeps for itself.</summary>
internal static class ModelCompilerNames
{
    public static readonly HashSet<string> Directives = new(StringComparer.Ordinal)
    {
        "node", "relationshipProperties", "relationship", "id", "unique", "index", "plural", "display", "searchable", "deprecated",
    };

    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "Query", "Mutation", "Subscription", "Node", "Entity", "Relationship", "SourceRef", "PageInfo", "Path", "Subgraph",
        "SearchHit", "RankedEntity", "TimelineEntry", "Direction", "SortEnumType", "RankAlgorithm", "JSON", "CypherResult",
        "DomainModel", "ModelLabel", "ModelRelationshipType",

        // A label Model would look up by the root field model, which answers the domain model.
        "Model",
        "String", "Int", "Float", "Boolean", "ID",
    };
}
