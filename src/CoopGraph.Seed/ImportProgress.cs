namespace CoopGraph.Seed;

/// <summary>Where an import stands: the phase, the label or type being written, and writes done out of the phase's total.</summary>
public sealed record ImportProgress(ImportPhase Phase, string? Current, int Done, int Total);
