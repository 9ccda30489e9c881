using CoopGraph.Host.Configuration;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Security;

/// <summary>Auth settings that cannot work stop the server at start-up, one line each, as every other bad setting does.</summary>
public sealed class AuthSettingsTests
{
    [Fact]
    public async Task A_malformed_hash_names_the_setting_and_its_source_but_not_its_value()
    {
        var settings = TestCredentials.Settings();
        settings["CoopGraph:Auth:ApiKeys:1:Hash"] = "cg_a-key-pasted-where-its-hash-belongs";

        var problem = Assert.Single(await ProblemsAsync(settings));

        Assert.Equal(
            "Setting CoopGraph:Auth:ApiKeys:1 (from the command line) has a Hash that is not sha256:<64 hex digits>, the SHA-256 of the key (never the key itself; coopgraph keys add writes one).",
            problem);
    }

    [Fact]
    public async Task A_key_without_a_name_and_an_unknown_role_are_each_named()
    {
        var settings = TestCredentials.Settings();
        settings.Remove("CoopGraph:Auth:ApiKeys:0:Name");
        settings["CoopGraph:Auth:ApiKeys:1:Roles:1"] = "admin";

        var problems = await ProblemsAsync(settings);

        Assert.Collection(
            problems,
            p => Assert.Equal("Setting CoopGraph:Auth:ApiKeys:0 (from the command line) has no Name; every API key needs a Name and a Hash.", p),
            p => Assert.Equal("Setting CoopGraph:Auth:ApiKeys:1 (from the command line) has the role 'admin', which is not one of reader, editor.", p));
    }

    [Fact]
    public async Task A_name_given_twice_whatever_its_case_is_named_with_where_it_came_from()
    {
        var settings = TestCredentials.Settings();
        settings["CoopGraph:Auth:ApiKeys:2:Name"] = "EDITOR-1";

        var problem = Assert.Single(await ProblemsAsync(settings));

        Assert.Equal("The API key name 'editor-1' is given 2 times (in the command line); each key needs a name of its own.", problem);
    }

    [Fact]
    public async Task Jwt_settings_need_an_issuer_an_audience_and_one_source_of_keys()
    {
        var problems = await ProblemsAsync(new Dictionary<string, string?> { ["CoopGraph:Auth:Jwt:SigningKey"] = "dG9vIHNob3J0" });

        Assert.Collection(
            problems,
            p => Assert.StartsWith("Setting CoopGraph:Auth:Jwt:Issuer is missing;", p, StringComparison.Ordinal),
            p => Assert.StartsWith("Setting CoopGraph:Auth:Jwt:Audience is missing;", p, StringComparison.Ordinal),
            p => Assert.Equal("Setting CoopGraph:Auth:Jwt:SigningKey (from the command line) is not base64 of at least 32 bytes (openssl rand -base64 32 makes one).", p));
    }

    [Fact]
    public async Task Jwt_takes_a_signing_key_or_an_https_authority_not_both()
    {
        var settings = TestCredentials.Settings();
        settings["CoopGraph:Auth:Jwt:Authority"] = "http://login.example";

        var problems = await ProblemsAsync(settings);

        Assert.Collection(
            problems,
            p => Assert.StartsWith("Settings CoopGraph:Auth:Jwt need one of SigningKey", p, StringComparison.Ordinal),
            p => Assert.Equal("Setting CoopGraph:Auth:Jwt:Authority (from the command line) is 'http://login.example', which is not an https address (its signing keys are fetched from there).", p));
    }

    [Theory]
    [InlineData("CoopGraph:Auth:Reads", "Everyone", "Setting CoopGraph:Auth:Reads (from the command line) is 'Everyone', which is not one of Anonymous, Reader.")]
    [InlineData("CoopGraph:Auth:Reads", "7", "Setting CoopGraph:Auth:Reads (from the command line) is '7', which is not one of Anonymous, Reader.")]
    [InlineData("CoopGraph:Auth:RateLimit:PermitsPerWindow", "-1", "Setting CoopGraph:Auth:RateLimit:PermitsPerWindow (from the command line) is '-1', which is negative; 0 turns the limit off.")]
    [InlineData("CoopGraph:Auth:RateLimit:Window", "00:00:00", "Setting CoopGraph:Auth:RateLimit:Window (from the command line) is '00:00:00', which is not a positive duration such as 00:01:00.")]
    public async Task A_value_out_of_range_is_named(string key, string value, string expected)
    {
        Assert.Equal(expected, Assert.Single(await ProblemsAsync(new Dictionary<string, string?> { [key] = value })));
    }

    [Fact]
    public async Task A_keys_file_that_is_not_one_is_named()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("keys.json");
        await File.WriteAllTextAsync(file, """{ "ApiKeys": [ { "Name": "a", "Hsah": "sha256:00" } ] }""");

        var problem = Assert.Single(await ProblemsAsync(new Dictionary<string, string?> { ["CoopGraph:Auth:KeysFile"] = file }));

        Assert.StartsWith($"The keys file {file} (CoopGraph:Auth:KeysFile) is not valid at $.ApiKeys[0].Hsah:", problem, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<string>> ProblemsAsync(Dictionary<string, string?> settings)
    {
        var error = await Assert.ThrowsAsync<InvalidSettingsException>(() => TransportApp.StartAsync(settings));
        return error.Problems;
    }
}
