namespace CoopGraph.Planning.Sources;

/// <summary>Where a set of entities comes from: a scan, a lookup, an expansion from the parent, a filter over another source.</summary>
public abstract record EntitySource : PlanNode;
