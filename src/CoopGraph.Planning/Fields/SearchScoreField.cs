namespace CoopGraph.Planning.Fields;

/// <summary>A search hit's score.</summary>
public sealed record SearchScoreField(string ResponseName) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = score";
}
