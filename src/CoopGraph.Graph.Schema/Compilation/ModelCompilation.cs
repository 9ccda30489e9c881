using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>The outcome of compiling type definitions: a model, or every error found.</summary>
public sealed record ModelCompilation(GraphModel? Model, IReadOnlyList<ModelError> Errors)
{
    public bool Succeeded => Model is not null && Errors.Count == 0;
}
