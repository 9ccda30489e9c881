namespace CoopGraph.Planning.Fields;

public sealed record CypherValueField(string ResponseName, CypherValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";
}
