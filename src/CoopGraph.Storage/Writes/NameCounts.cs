namespace CoopGraph.Storage.Writes;

/// <summary>What a batch did to the nodes of one label or the relationships of one type.</summary>
public sealed record NameCounts(int Created, int Updated, int Unchanged)
{
    public static readonly NameCounts None = new(0, 0, 0);

    public int Total => Created + Updated + Unchanged;
}
