using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

/// <summary>One line of a seed file: the write it holds (a <see cref="NodeWrite"/> or a <see cref="RelationshipWrite"/>) and where it was read.</summary>
public sealed record SeedEntry(GraphWrite Write, string File, int Line)
{
    internal SeedError Error(string code, string message) => new(File, Line, code, message);
}
