namespace CoopGraph.Seed;

public enum ImportPhase
{
    Reading,
    Validating,
    /// <summary>The store commits the whole import as one transaction.</summary>
    Writing,
    Done,
}
