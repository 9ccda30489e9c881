namespace CoopGraph.Seed.Synthetic;

/// <summary>Size and shape of a generated graph.</summary>
public sealed record SyntheticGraphOptions(int NodeCount, int RelationshipCount, int Seed = 42, int BatchSize = 50_000);
