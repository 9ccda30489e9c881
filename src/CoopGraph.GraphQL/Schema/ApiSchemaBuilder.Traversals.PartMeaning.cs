using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>A field of a traversal result type (Path, Subgraph, RankedEntity, TimelineEntry).</summary>
    internal sealed record TraversalPartMeaning(TraversalValue Value) : FieldMeaning;
}
