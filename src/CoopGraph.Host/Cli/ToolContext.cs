using System.CommandLine;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Hosting;
using CoopGraph.Storage.Backends;
using Spectre.Console;

namespace CoopGraph.Host.Cli;

/// <summary>
/// What a tool command works with: the same configuration as the server (appsettings.json beside the executable,
/// environment variables, then the command line), a console over the invocation's output, quiet logging.
/// </summary>
internal sealed class ToolContext : IDisposable
{
    private ToolContext(ParseResult parseResult)
    {
        Configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(CliSettings.From(parseResult))
            .Build();
        SettingsCheck.EnsureValid(Configuration);
        Options = Configuration.GetSection(CoopGraphOptions.SectionName).Get<CoopGraphOptions>() ?? new CoopGraphOptions();
        var output = parseResult.InvocationConfiguration.Output;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),

            // Live progress only on the process's own console; a caller's writer gets the final state.
            Interactive = ReferenceEquals(output, System.Console.Out) ? InteractionSupport.Detect : InteractionSupport.No,
        });
        Output = parseResult.InvocationConfiguration.Output;
        Error = parseResult.InvocationConfiguration.Error;
        // Progress bars and summaries tell the story; the libraries' own log lines would tear through them.
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true));
    }

    /// <summary>All settings, checked: the API's and the traversals' limits are read from here.</summary>
    public IConfiguration Configuration { get; }

    public CoopGraphOptions Options { get; }

    /// <summary>Progress bars and tables.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Plain result lines, unwrapped.</summary>
    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <exception cref="InvalidSettingsException">A key under <c>CoopGraph:</c> names no setting, or a value does not convert.</exception>
    public static ToolContext Create(ParseResult parseResult) => new(parseResult);

    /// <exception cref="Graph.Schema.Compilation.ModelCompilationException">The type definitions have errors.</exception>
    public GraphModel LoadModel() => GraphModelLoader.Load(Options);

    /// <summary>The configured store (<c>CoopGraph:Store</c>), opened and initialised.</summary>
    /// <param name="readOnly">Read only (export): no lock on the data file, so it may run beside a server.</param>
    public Task<IGraphBackend> OpenStoreAsync(GraphModel model, CancellationToken cancellationToken, bool readOnly = false) =>
        OpenStoreAsync(Options.Store, model, cancellationToken, readOnly);

    /// <summary>The store of <paramref name="kind"/>, whatever is configured, opened and initialised.</summary>
    public Task<IGraphBackend> OpenStoreAsync(string kind, GraphModel model, CancellationToken cancellationToken, bool readOnly = false) =>
        BuiltInStores.Registry.OpenAsync(kind, model, Configuration, cancellationToken, readOnly);

    public void Dispose() => LoggerFactory.Dispose();
}
