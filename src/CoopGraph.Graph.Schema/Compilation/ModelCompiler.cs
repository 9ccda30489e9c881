using CoopGraph.Graph.Schema.Model;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>
/// Compiles type definitions (GraphQL SDL with the CoopGraph directives) into an
/// immutable <see cref="GraphModel"/>, reporting every mistake it finds, not the first only.
/// </summary>
public static partial class ModelCompiler
{

    /// <summary>Compiles every file (name, text) together, as one set of type definitions.</summary>
    public static ModelCompilation Compile(IEnumerable<(string File, string Text)> files)
    {
        var context = new CompilationContext();
        foreach (var (file, text) in files)
        {
            var lines = new LineMap(file, text);
            try
            {
                var document = Parser.Parse(text, new ParserOptions { Ignore = IgnoreOptions.Comments });
                context.Collect(document, lines);
            }
            catch (GraphQLParserException e)
            {
                context.Errors.Add(new ModelError(new SourceLocation(file, e.Location.Line, e.Location.Column), "Syntax error: " + e.Description));
            }
        }

        // Build even after collection errors, so every mistake is reported in one go.
        var model = context.Build();
        var errors = context.Errors
            .OrderBy(e => e.Location.File, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)
            .ToArray();
        return new ModelCompilation(errors.Length == 0 ? model : null, errors);
    }

    public static ModelCompilation Compile(string text, string file = "schema.graphql") => Compile([(file, text)]);

    public static GraphModel CompileOrThrow(string text, string file = "schema.graphql")
    {
        var result = Compile(text, file);
        return result.Succeeded ? result.Model! : throw new ModelCompilationException(result.Errors);
    }

    /// <summary>Reads every <c>*.graphql</c> type definition file of a folder, except the printed public SDL.</summary>
    public static ModelCompilation CompileDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.graphql")
            .Where(f => !string.Equals(Path.GetFileName(f), PublicSchemaFileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();
        return files.Length == 0
            ? new ModelCompilation(null, [new ModelError(new SourceLocation(directory, 0, 0), "No type definition files (*.graphql) found.")])
            : Compile(files);
    }

    /// <summary>The printed public GraphQL schema that lives beside the type definitions.</summary>
    public const string PublicSchemaFileName = "schema.graphql";
}
