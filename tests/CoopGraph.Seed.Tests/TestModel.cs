using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Seed.Tests;

internal static class TestModel
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
