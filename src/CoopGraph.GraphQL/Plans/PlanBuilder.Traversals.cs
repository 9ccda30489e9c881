using CoopGraph.Planning.Fields;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>Plans a traversal root field; null when the field is not a traversal.</summary>
    private static OutputField? BuildTraversalField(string responseName, GraphQLField field, FieldType fieldType, Dictionary<string, object?> args)
    {
        _ = (responseName, field, fieldType, args);
        return null;
    }
}
