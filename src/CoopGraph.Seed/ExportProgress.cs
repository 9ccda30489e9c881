namespace CoopGraph.Seed;

/// <summary>Where an export stands: the label or type last read and how many nodes and relationships were read so far.</summary>
public sealed record ExportProgress(string Current, int Nodes, int Relationships);
