namespace CoopGraph.Planning.Fields;

public sealed record SourceRefValueField(string ResponseName, SourceRefValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";
}
