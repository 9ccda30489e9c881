namespace CoopGraph.Planning.Traversals;

/// <summary>A scalar part of a traversal result: a path's length, a subgraph's truncated flag, a score, a date, a description.</summary>
public sealed record TraversalScalarField(string ResponseName, TraversalValue Value) : Fields.OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";
}
