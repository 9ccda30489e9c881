namespace CoopGraph.Planning.Fields;

public sealed record RelationshipValueField(string ResponseName, RelationshipValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = relationship {Value}";
}
