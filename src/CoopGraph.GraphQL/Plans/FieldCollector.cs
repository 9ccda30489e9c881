using ExecutionContext = GraphQL.Execution.ExecutionContext;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

/// <summary>graphql-dotnet's field collection for a concrete type: response name → (field, definition), fragments and directives applied.</summary>
internal delegate IEnumerable<KeyValuePair<string, (GraphQLField Field, FieldType FieldType)>> FieldCollector(
    ExecutionContext context,
    IGraphType type,
    GraphQLSelectionSet? selectionSet);
