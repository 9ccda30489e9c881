namespace CoopGraph.Planning.Fields;

public sealed record EntityValueField(string ResponseName, EntityValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";
}
