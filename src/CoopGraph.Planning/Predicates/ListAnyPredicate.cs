using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Predicates;

/// <summary><c>any: true</c>: the list property has at least one element; <c>any: false</c>: it is empty or missing.</summary>
public sealed record ListAnyPredicate(PropertyDefinition Property, bool Any) : Predicate
{
    public override string Describe() => $"{Property.Name} any {(Any ? "true" : "false")}";
}
