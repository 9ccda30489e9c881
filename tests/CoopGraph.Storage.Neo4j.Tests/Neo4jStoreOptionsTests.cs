using Microsoft.Extensions.Configuration;

namespace CoopGraph.Storage.Neo4j.Tests;

public sealed class Neo4jStoreOptionsTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_environment_alone_gives_options_when_the_uri_is_set()
    {
        var options = Neo4jStoreOptions.FromEnvironment(Environment(
            ("COOPGRAPH_NEO4J_URI", "https://abcd1234.databases.neo4j.io"),
            ("COOPGRAPH_NEO4J_USER", "neo4j"),
            ("COOPGRAPH_NEO4J_PASSWORD", "pw-from-secret"),
            ("COOPGRAPH_NEO4J_DATABASE", "coopgraph")));

        Assert.NotNull(options);
        Assert.Equal(new Uri("https://abcd1234.databases.neo4j.io"), options.Uri);
        Assert.Equal(("neo4j", "pw-from-secret", "coopgraph"), (options.User, options.Password, options.Database));
        Assert.Empty(options.Problems());
    }

    [Fact]
    public void Without_the_uri_variable_there_are_no_environment_options() =>
        Assert.Null(Neo4jStoreOptions.FromEnvironment(Environment(("COOPGRAPH_NEO4J_USER", "neo4j"))));

    [Fact]
    public void Configuration_binds_the_section_and_the_environment_overrides_it()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CoopGraph:Neo4j:Uri"] = "http://localhost:7474",
            ["CoopGraph:Neo4j:User"] = "reader",
            ["CoopGraph:Neo4j:Password"] = "from-config",
            ["CoopGraph:Neo4j:RequestTimeout"] = "00:00:05",
            ["CoopGraph:Neo4j:RetryCount"] = "5",
            ["CoopGraph:Neo4j:MaxRows"] = "500",
        }).Build();

        var options = configuration.GetNeo4jStoreOptions(Environment(("COOPGRAPH_NEO4J_PASSWORD", "from-env")));

        Assert.Equal(new Uri("http://localhost:7474"), options.Uri);
        Assert.Equal("reader", options.User);
        Assert.Equal("from-env", options.Password);
        Assert.Equal("neo4j", options.Database);
        Assert.Equal(TimeSpan.FromSeconds(5), options.RequestTimeout);
        Assert.Equal(5, options.RetryCount);
        Assert.Equal(500, options.MaxRows);
    }

    [Fact]
    public void A_uri_variable_that_is_not_a_url_is_a_clear_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Neo4jStoreOptions.FromEnvironment(Environment(("COOPGRAPH_NEO4J_URI", "not a url"))));
        Assert.Contains("COOPGRAPH_NEO4J_URI", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_uri_and_half_credentials_are_named()
    {
        var problems = new Neo4jStoreOptions { Password = "x" }.Problems();

        Assert.Contains(problems, p => p.Contains("No Neo4j URL", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("user and a password", StringComparison.Ordinal));
    }
}
