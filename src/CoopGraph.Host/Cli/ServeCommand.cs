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
            if (StrayWord(parseResult.UnmatchedTokens) is { } word)
            {
                return await RefuseAsync(parseResult, word);
            }

            var builder = ServerBuilder.Create([.. parseResult.UnmatchedTokens], parseResult.GetValue(Urls), CliSettings.From(parseResult));
            await using var app = CoopGraphServer.Build(builder);
            await app.RunAsync(cancellationToken);
            return Environment.ExitCode;
        });
    }

    /// <summary>
    /// A word that is neither a command nor a setting (<c>coopgraph hlep</c>): settings pass through as
    /// <c>--Key=value</c> or <c>--Key value</c>, so a bare word is only a value right after a <c>--Key</c>.
    /// </summary>
    internal static string? StrayWord(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isSetting = token.StartsWith('-') || token.StartsWith('/');
            var previousTakesValue = i > 0 && (tokens[i - 1].StartsWith('-') || tokens[i - 1].StartsWith('/')) && !tokens[i - 1].Contains('=');
            if (!isSetting && !previousTakesValue)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary><c>help</c> as a word shows the help; any other stray word shows it too, after saying what was not understood.</summary>
    private static async Task<int> RefuseAsync(ParseResult parseResult, string word)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var asked = word is "help" or "?";
        if (!asked)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"'{word}' is not a coopgraph command. The commands:");
        }

        var help = parseResult.RootCommandResult.Command.Parse(["--help"]);
        await help.InvokeAsync(new InvocationConfiguration { Output = asked ? output : parseResult.InvocationConfiguration.Error });
        return asked ? ExitCodes.Success : ExitCodes.InvalidInput;
    }
}
