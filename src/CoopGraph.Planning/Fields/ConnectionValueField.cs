namespace CoopGraph.Planning.Fields;

public sealed record ConnectionValueField(string ResponseName, ConnectionValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";
}
