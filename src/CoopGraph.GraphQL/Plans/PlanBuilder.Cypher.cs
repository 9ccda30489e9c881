using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Fields;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>The language of the <c>cypher</c> root field's statements, as the store that runs them names it.</summary>
    private const string CypherLanguage = "Cypher";

    private OutputField? BuildCypher(string responseName, GraphQLField field, FieldType fieldType, Dictionary<string, object?> args)
    {
        if (!_limits.RawCypher)
        {
            return Fail("FORBIDDEN", "Raw Cypher is switched off on this server (CoopGraph:Api:RawCypher).");
        }

        if (args.GetValueOrDefault("parameters") is not (null or IDictionary<string, object?>))
        {
            return Fail("BAD_USER_INPUT", "cypher(parameters:) must be a JSON object of named parameters.");
        }

        var resultType = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        var fields = Selected(resultType, field.SelectionSet, (name, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(name, resultType.Name)
                : new StoreQueryValueField(name, FieldMeaning.Of<StructureMeaning>(subType)!.Kind == StructureKind.CypherColumns ? StoreQueryValue.Columns : StoreQueryValue.Rows));

        return new StoreQueryField(
            responseName,
            CypherLanguage,
            (string)args["statement"]!,
            args.GetValueOrDefault("parameters") as IDictionary<string, object?> is { } given ? new Dictionary<string, object?>(given) : [],
            _limits.RawCypherMaxRows,
            fields);
    }
}
