namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>Thrown by <see cref="ModelCompiler.CompileOrThrow"/> with every error found.</summary>
public sealed class ModelCompilationException : Exception
{
    public ModelCompilationException(IReadOnlyList<ModelError> errors)
        : base("The type definitions have errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ModelError> Errors { get; }
}
