namespace CoopGraph.Storage;

/// <summary>
/// Provenance of a fact: the Source node that states it, the words it uses, and whether
/// the fact is only implied (inferred) with a note saying how. <see cref="Verified"/> is set by the store when the
/// fact is written: the cited Source carries its text and the quote occurs in it; a client's value is ignored.
/// </summary>
public sealed record SourceRef(string Source, string? Quote, bool Inferred = false, string? Note = null)
{
    public bool Verified { get; init; }
}
