namespace CoopGraph.Seed;

/// <summary>
/// The outcome of an import. When <see cref="Errors"/> is not empty the import stopped:
/// nothing was written if the problems were found while validating, and only the first
/// <see cref="BatchesCommitted"/> batches if the store refused a later one.
/// </summary>
public sealed record SeedImportResult(
    IReadOnlyList<ImportCounts> Nodes,
    IReadOnlyList<ImportCounts> Relationships,
    IReadOnlyList<SeedError> Errors,
    int BatchesCommitted)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>True when the store already held exactly what the files say.</summary>
    public bool ChangedNothing => Succeeded && Nodes.Concat(Relationships).All(c => c.Created == 0 && c.Updated == 0);
}
