namespace CoopGraph.Planning.Fields;

public sealed record StoreQueryValueField(string ResponseName, StoreQueryValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";
}
