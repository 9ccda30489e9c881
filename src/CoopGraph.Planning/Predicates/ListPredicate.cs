using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Predicates;

/// <summary>A quantified condition on the elements of a list property (<c>tags: { some: { eq: "x" } }</c>).</summary>
public sealed record ListPredicate(PropertyDefinition Property, Quantifier Quantifier, Predicate Element) : Predicate
{
    public override string Describe() => $"{Quantifier} element of {Property.Name}";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("element", Element)];
}
