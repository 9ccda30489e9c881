namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Keys of the maps the translated statement returns beside the response names. Response names are
/// GraphQL names, which never start with two underscores, so these cannot clash with them.
/// </summary>
internal static class ResponseKeys
{
    public const string Label = "__l";
    public const string RelationshipType = "__t";
    public const string SortKeys = "__k";
    public const string Id = "__id";
    public const string RelationshipId = "__rid";
    public const string Rows = "__rows";
    public const string Total = "__total";
    public const string HasNext = "__next";
    public const string HasPrevious = "__prev";
    public const string Value = "__v";
    public const string SourcesJson = "__j";

    /// <summary>Set, to the id, in place of a traversal's value when an entity the request names does not exist.</summary>
    public const string MissingEntity = "__missing";

    /// <summary>Set, to the error text, in place of a traversal's value when a limit the statement checks itself was exceeded.</summary>
    public const string LimitExceeded = "__limit";

    /// <summary>The key of a field nested in a part of a connection row, e.g. <c>edges.node</c>.</summary>
    public static string Nested(string part, string field) => part + "." + field;
}
