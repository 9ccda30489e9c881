using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Hosting;

/// <summary>Compiles the type definitions into the <see cref="GraphModel"/> that the API, the stores and the seed follow.</summary>
internal static class GraphModelLoader
{
    public const string SchemaFolderName = "schema";

    /// <summary>The configured folder, else <c>schema/</c> beside the executable or in the repository.</summary>
    public static string FindSchemaFolder(CoopGraphOptions options, string? contentRoot = null) =>
        options.SchemaPath is { } configured
            ? Path.GetFullPath(configured)
            : ProjectPaths.FindFolder(SchemaFolderName, contentRoot)
              ?? throw new InvalidOperationException("No schema/ folder of type definitions was found beside the executable or above the working folder; set CoopGraph:SchemaPath or --schema.");

    /// <exception cref="ModelCompilationException">The type definitions have errors; the message lists each with its file and line.</exception>
    public static GraphModel Load(CoopGraphOptions options, string? contentRoot = null)
    {
        var compilation = ModelCompiler.CompileDirectory(FindSchemaFolder(options, contentRoot));
        return compilation.Succeeded ? compilation.Model! : throw new ModelCompilationException(compilation.Errors);
    }
}
