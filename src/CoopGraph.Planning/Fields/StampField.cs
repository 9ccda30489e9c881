namespace CoopGraph.Planning.Fields;

/// <summary>One value of the stamp of the entity or relationship it is selected on.</summary>
public sealed record StampField(string ResponseName, StampValue Value) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = stamp.{Value}";
}
