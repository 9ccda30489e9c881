namespace CoopGraph.Seed;

/// <summary>One file an export wrote: the label or type, its path and how many lines it holds.</summary>
public sealed record ExportedFile(string Name, string Path, int Count);
