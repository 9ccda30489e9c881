using System.CommandLine;
using System.Text.RegularExpressions;
using CoopGraph.GraphQL.Security;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Security;

namespace CoopGraph.Host.Cli;

/// <summary>
/// <c>coopgraph keys add NAME --role editor</c>: makes a key, prints it once on standard output (so a script can take
/// it), and stores only its hash in the keys file.
/// </summary>
internal static partial class KeysAddCommand
{
    private static readonly Argument<string> Name = new("name") { Description = "Who the key is for; recorded as createdBy/updatedBy of their writes." };

    private static readonly Option<string[]> Role = CreateRoleOption();

    public static Command Create()
    {
        var command = new Command("add", "Make a new API key, print it once, and store its hash in the keys file.") { Name, Role };
        command.SetAction(parseResult =>
        {
            using var tool = ToolContext.Create(parseResult);
            var name = parseResult.GetValue(Name)!;
            if (!NameSyntax().IsMatch(name))
            {
                tool.Error.WriteLine($"'{name}' cannot name a key: use 1 to 64 letters, digits, '.', '_', '-' or '@'.");
                return ExitCodes.InvalidInput;
            }

            if (KeysFiles.Load(tool, parseResult) is not { } loaded)
            {
                return ExitCodes.InvalidSettings;
            }

            var (file, keys) = loaded;

            if (keys.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)) is { } taken)
            {
                tool.Error.WriteLine($"There is already an API key named '{taken.Name}' (in {taken.Source}); choose another name, or remove that key first.");
                return ExitCodes.InvalidInput;
            }

            var roles = parseResult.GetValue(Role)!.Distinct().ToList();
            var key = ApiKeyGenerator.Create();
            ApiKeyFile.Write(file, [.. ApiKeyFile.Read(file), new ApiKeyOptions { Name = name, Hash = ApiKeyHash.Format(key), Roles = roles }]);
            tool.Output.WriteLine(key);
            tool.Error.WriteLine($"Added the API key '{name}' ({string.Join(", ", roles)}) to {file}. It is shown only now; the file keeps its hash. The server reads the file when it starts.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string[]> CreateRoleOption()
    {
        var role = new Option<string[]>("--role") { Description = "A role of the key: reader or editor (repeat for both).", Required = true, Arity = ArgumentArity.OneOrMore };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        return role;
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex NameSyntax();
}
