using CoopGraph.Planning.Predicates;

namespace CoopGraph.Planning.Sources;

/// <summary>The entities of <see cref="Input"/> that satisfy <see cref="Predicate"/>.</summary>
public sealed record FilterEntities(EntitySource Input, Predicate Predicate) : EntitySource
{
    public override string Describe() => "Filter";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("where", Predicate), ("input", Input)];
}
