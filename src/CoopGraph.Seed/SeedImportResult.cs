namespace CoopGraph.Seed;

/// <summary>
/// The outcome of an import. When <see cref="Errors"/> is not empty nothing was written, whether the problems were
/// found while validating or by the store.
/// </summary>
public sealed record SeedImportResult(
    IReadOnlyList<ImportCounts> Nodes,
    IReadOnlyList<ImportCounts> Relationships,
    IReadOnlyList<SeedError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>True when the store already held exactly what the files say.</summary>
    public bool ChangedNothing => Succeeded && Nodes.Concat(Relationships).All(c => c.Created == 0 && c.Updated == 0);
}
