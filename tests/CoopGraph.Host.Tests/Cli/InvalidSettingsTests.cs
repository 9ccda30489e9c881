using CoopGraph.Host.Cli;

namespace CoopGraph.Host.Tests.Cli;

public sealed class InvalidSettingsTests
{
    /// <summary>A server that got past the check would run until stopped; the bound turns that into a failure.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("--CoopGraph:Nope=1")]
    [InlineData("serve", "--CoopGraph:Nope=1")]
    public async Task Server_refuses_an_unknown_setting_with_one_line_naming_it(params string[] args)
    {
        var (exitCode, output, error) = await Support.Cli.RunAsync(args).WaitAsync(Bound);

        Assert.Equal(ExitCodes.InvalidSettings, exitCode);
        var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Unknown setting CoopGraph:Nope (from the command line); known settings under CoopGraph: ", line, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Server_refuses_a_value_of_the_wrong_type_with_one_line_naming_the_key()
    {
        var (exitCode, _, error) = await Support.Cli.RunAsync("--CoopGraph:Api:MaxCost=abc").WaitAsync(Bound);

        Assert.Equal(ExitCodes.InvalidSettings, exitCode);
        Assert.Equal("Setting CoopGraph:Api:MaxCost (from the command line) is 'abc', which is not a whole number (Int32).", error.TrimEnd());
    }

    [Fact]
    public async Task A_tool_refuses_an_unknown_setting_the_same_way()
    {
        var (exitCode, _, error) = await Support.Cli.RunAsync("neo4j", "init", "--CoopGraph:Neo4j:Url=http://localhost:7474").WaitAsync(Bound);

        Assert.Equal(ExitCodes.InvalidSettings, exitCode);
        Assert.Equal(
            "Unknown setting CoopGraph:Neo4j:Url (from the command line); known settings under CoopGraph:Neo4j: "
            + "Uri, Database, User, Password, BearerToken, EncodeBearerTokenAsBase64, Realm, RequestTimeout, RetryCount, RetryBaseDelay, RetryMaxDelay, RetryJitter, MaxRows, BatchSize. "
            + "Did you mean CoopGraph:Neo4j:Uri?",
            error.TrimEnd());
    }
}
