using System.CommandLine;
using CoopGraph.Host.Hosting;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph serve</c> (also what <c>coopgraph</c> alone does): the GraphQL server.</summary>
internal sealed class ServeCommand : ICliCommand
{
    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Addresses to listen on, separated by ';' (default: ASPNETCORE_URLS, else http://localhost:5000).",
    };

    public Command Create()
    {
        var command = new Command("serve", "Run the GraphQL server (the default command).");
        Configure(command);
        return command;
    }

    /// <summary>
    /// Tokens the command line does not know pass through to ASP.NET configuration, so any setting can be given as
    /// <c>--CoopGraph:Ide:Enabled=false</c> or <c>--Kestrel:Limits:MaxConcurrentConnections=100</c>.
    /// </summary>
    public static void Configure(Command command)
    {
        command.Options.Add(Urls);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var builder = ServerBuilder.Create([.. parseResult.UnmatchedTokens], parseResult.GetValue(Urls), CliSettings.From(parseResult));
            await using var app = CoopGraphServer.Build(builder);
            await app.RunAsync(cancellationToken);
            return Environment.ExitCode;
        });
    }
}
