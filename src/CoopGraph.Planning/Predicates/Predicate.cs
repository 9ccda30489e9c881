namespace CoopGraph.Planning.Predicates;

/// <summary>A filter condition over the entity at hand (and the edge that led to it, if any).</summary>
public abstract record Predicate : PlanNode;
