using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>One mistake in the type definitions, with where it is.</summary>
public sealed record ModelError(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
