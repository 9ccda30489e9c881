using System.Net;
using CoopGraph.Host.Cli;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Cli;

public sealed class KeysCommandTests
{
    [Fact]
    public async Task Add_prints_the_key_once_keeps_only_its_hash_and_the_server_then_accepts_the_key()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("coopgraph.keys.json");

        var (exitCode, output, error) = await Support.Cli.RunAsync("keys", "add", "alice", "--role", "editor", "--keys-file", file);

        Assert.True(exitCode == ExitCodes.Success, error);
        var key = Assert.Single(output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cg_", key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error, StringComparison.Ordinal);
        Assert.Contains("shown only now", error, StringComparison.Ordinal);
        var stored = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
        Assert.Contains(TestCredentials.Hash(key), stored, StringComparison.Ordinal);

        await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Auth:KeysFile"] = file });
        using var mutation = await app.Client.SendAsync(PostQuery("""mutation { rename(name: "x") }""").WithApiKey(key));
        Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
    }

    [Fact]
    public async Task Keys_add_up_and_list_shows_names_and_roles_never_hashes()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("keys", "coopgraph.keys.json");

        var reader = await Support.Cli.RunAsync("keys", "add", "bob", "--role", "reader", "--keys-file", file);
        var both = await Support.Cli.RunAsync("keys", "add", "carol", "--role", "reader", "--role", "editor", "--keys-file", file);
        var (exitCode, output, error) = await Support.Cli.RunAsync("keys", "list", "--keys-file", file);

        Assert.True(reader.ExitCode == 0 && both.ExitCode == 0, reader.Error + both.Error);
        Assert.True(exitCode == ExitCodes.Success, error);
        Assert.Equal([$"bob\treader\t{file}", $"carol\treader,editor\t{file}"], output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("sha256", output, StringComparison.Ordinal);

        await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Auth:KeysFile"] = file });
        using var refused = await app.Client.SendAsync(PostQuery("""mutation { rename(name: "x") }""").WithApiKey(reader.Output.Trim()));
        using var allowed = await app.Client.SendAsync(PostQuery("""mutation { rename(name: "x") }""").WithApiKey(both.Output.Trim()));
        await refused.AssertRequestErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_name_already_taken_is_refused_and_the_file_is_left_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("coopgraph.keys.json");
        await Support.Cli.RunAsync("keys", "add", "dave", "--role", "editor", "--keys-file", file);
        var before = await File.ReadAllTextAsync(file);

        var (exitCode, output, error) = await Support.Cli.RunAsync("keys", "add", "Dave", "--role", "reader", "--keys-file", file);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Empty(output);
        Assert.Equal($"There is already an API key named 'dave' (in {file}); choose another name, or remove that key first.", error.TrimEnd());
        Assert.Equal(before, await File.ReadAllTextAsync(file));
    }

    [Theory]
    [InlineData("eve", "--role", "admin")]
    [InlineData("eve")]
    [InlineData("two words", "--role", "editor")]
    public async Task A_role_that_does_not_exist_no_role_or_a_bad_name_is_refused(params string[] args)
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("coopgraph.keys.json");

        var (exitCode, output, _) = await Support.Cli.RunAsync(["keys", "add", .. args, "--keys-file", file]);

        Assert.NotEqual(ExitCodes.Success, exitCode);
        Assert.DoesNotContain("cg_", output, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
