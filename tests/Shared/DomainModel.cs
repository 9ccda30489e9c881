using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Tests.Shared;

/// <summary>The domain model compiled once from <c>schema/</c>; a broken definition fails with every error it has.</summary>
internal static class DomainModel
{
    private static readonly Lazy<GraphModel> Compiled = new(() =>
    {
        var compilation = ModelCompiler.CompileDirectory(RepositoryPaths.SchemaDirectory);
        return compilation.Succeeded
            ? compilation.Model!
            : throw new InvalidOperationException(string.Join(Environment.NewLine, compilation.Errors));
    });

    public static GraphModel Model => Compiled.Value;
}
