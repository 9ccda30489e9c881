namespace CoopGraph.Seed;

/// <summary>What an import did to the nodes of one label or the relationships of one type.</summary>
public sealed record ImportCounts(string Name, int Created, int Updated, int Unchanged)
{
    public int Total => Created + Updated + Unchanged;
}
