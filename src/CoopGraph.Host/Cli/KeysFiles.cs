using System.CommandLine;
using CoopGraph.Host.Security;

namespace CoopGraph.Host.Cli;

/// <summary>What the <c>keys</c> commands read: the keys file they work on and every key the server would accept with it.</summary>
internal static class KeysFiles
{
    /// <summary>The keys file's full path and all keys, or null after printing why they cannot be read.</summary>
    public static (string File, IReadOnlyList<ApiKey> Keys)? Load(ToolContext tool, ParseResult parseResult)
    {
        var auth = tool.Options.Auth;
        auth.KeysFile = Path.GetFullPath(parseResult.GetValue(KeysCommand.KeysFile) ?? auth.KeysFile);
        var problems = new List<string>();
        var keys = ApiKeyCatalog.Load(tool.Configuration, auth, problems);
        foreach (var problem in problems)
        {
            tool.Error.WriteLine(problem);
        }

        return problems.Count == 0 ? (auth.KeysFile, keys) : null;
    }
}
