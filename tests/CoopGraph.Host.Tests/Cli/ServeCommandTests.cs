using CoopGraph.Host.Cli;

namespace CoopGraph.Host.Tests.Cli;

/// <summary>A word the command line does not know is a mistake to show, never a server started on the default data file.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    public async Task Help_as_a_word_prints_the_commands_and_starts_nothing(string word)
    {
        var (exitCode, output, _) = await Support.Cli.RunAsync(word);

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("import", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hlep")]
    [InlineData("serve", "nonsense")]
    [InlineData("--CoopGraph:Ide:Enabled=false", "stray")]
    public async Task An_unknown_word_prints_the_help_and_exits_non_zero(params string[] args)
    {
        var (exitCode, _, error) = await Support.Cli.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains($"'{args[^1]}' is not a coopgraph command", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--CoopGraph:Ide:Enabled=false" }, null)]
    [InlineData(new[] { "--CoopGraph:Ide:Enabled", "false" }, null)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:1", "extra" }, "extra")]
    [InlineData(new[] { "/CoopGraph:Ide:Enabled", "false", "word" }, "word")]
    public void Settings_and_their_values_pass_a_bare_word_does_not(string[] tokens, string? stray) =>
        Assert.Equal(stray, ServeCommand.StrayWord(tokens));
}
