namespace CoopGraph.Storage;

/// <summary>
/// Provenance of a fact: the Source node that states it, the words it uses, and whether
/// the fact is only implied (inferred) with a note saying how.
/// </summary>
public sealed record SourceRef(string Source, string? Quote, bool Inferred = false, string? Note = null);
