namespace CoopGraph.Planning.Fields;

/// <summary><c>__typename</c>: a fixed type name, or the entity's label when <see cref="TypeName"/> is null.</summary>
public sealed record TypenameField(string ResponseName, string? TypeName) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = __typename{(TypeName is null ? " (label)" : " " + TypeName)}";
}
