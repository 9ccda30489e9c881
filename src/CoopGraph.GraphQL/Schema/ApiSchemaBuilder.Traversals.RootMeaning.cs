using CoopGraph.GraphQL.Schema.Meanings;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>A traversal root field.</summary>
    internal sealed record TraversalRootMeaning(TraversalRoot Root) : FieldMeaning;
}
