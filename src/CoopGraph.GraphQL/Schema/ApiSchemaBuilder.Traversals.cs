using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    /// <summary>Root fields for researchers' traversals (paths, neighbourhoods, rankings, timelines).</summary>
    private static void AddTraversalFields(ObjectGraphType query) => _ = query;
}
