namespace CoopGraph.Planning.Fields;

/// <summary>One key of the response object being written, under its response name (alias or field name).</summary>
public abstract record OutputField(string ResponseName) : PlanNode;
