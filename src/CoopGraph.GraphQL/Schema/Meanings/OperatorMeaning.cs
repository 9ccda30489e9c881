using CoopGraph.Planning.Predicates;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>An operator field of an operation filter input (<c>eq</c>, <c>icontains</c>...).</summary>
internal sealed record OperatorMeaning(CompareOperator Operator) : FieldMeaning;
