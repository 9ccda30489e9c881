
namespace CoopGraph.Host.Tests.Cli;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Repository_schema_and_seed_are_valid()
    {
        var (exitCode, output, error) = await Support.Cli.RunAsync("validate");

        Assert.True(exitCode == 0, error);
        Assert.Contains("labels", output, StringComparison.Ordinal);
        Assert.Contains(": valid.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_seed_file_exits_1_and_names_file_line_and_code()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("broken.jsonl");
        await File.WriteAllLinesAsync(file, ["""{"label":"Province","id":"province:nowhere","name":"Nowhere","kind":"NOT_A_KIND","country":"country:japan"}""", "{not json"]);

        var (exitCode, _, error) = await Support.Cli.RunAsync("validate", file);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{file}:2:", error, StringComparison.Ordinal);
        Assert.Contains("problems in the seed files", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_type_definitions_exit_1_with_their_errors()
    {
        using var folder = new TemporaryFolder();
        await File.WriteAllTextAsync(folder.Combine("bad.graphql"), "type Broken @node { id: ID! @id name: NoSuchType }");

        var (exitCode, _, error) = await Support.Cli.RunAsync("validate", "--schema", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.graphql", error, StringComparison.Ordinal);
        Assert.Contains("problems in the type definitions", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_option_exits_non_zero()
    {
        var (exitCode, _, _) = await Support.Cli.RunAsync("validate", "--no-such-option");

        Assert.NotEqual(0, exitCode);
    }
}
