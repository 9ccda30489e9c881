using CoopGraph.Host.Configuration;
using CoopGraph.Host.Hosting;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Configuration;

public sealed class SettingsCheckTests
{
    [Fact]
    public void Unknown_key_in_a_settings_file_is_named_with_its_file_the_known_settings_and_a_suggestion()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("appsettings.json"), """{ "CoopGraph": { "Store": "Embedded", "Limits": { "MaxComplexity": 20000 } } }""");
        var configuration = new ConfigurationBuilder().AddJsonFile(folder.Combine("appsettings.json")).Build();

        var problem = Assert.Single(SettingsCheck.Problems(configuration));

        Assert.StartsWith("Unknown setting CoopGraph:Limits:MaxComplexity (from appsettings.json); known settings under CoopGraph: Store, DataPath,", problem, StringComparison.Ordinal);
        Assert.Contains(", Api, Traversal, Neo4j.", problem, StringComparison.Ordinal);
        Assert.EndsWith("Did you mean CoopGraph:Api:MaxCost?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_below_an_unknown_section_is_named_and_the_check_throws_them_all()
    {
        var configuration = Settings(("CoopGraph:Limits:MaxDepth", "15"), ("CoopGraph:Limits:MaxSubgraphNodes", "5000"), ("CoopGraph:Empty", null));

        var error = Assert.Throws<InvalidSettingsException>(() => SettingsCheck.EnsureValid(configuration));

        Assert.Collection(
            error.Problems,
            p => Assert.StartsWith("Unknown setting CoopGraph:Empty (from the command line);", p, StringComparison.Ordinal),
            p => Assert.EndsWith("Did you mean CoopGraph:Api:MaxDepth?", p, StringComparison.Ordinal),
            p => Assert.EndsWith("Did you mean CoopGraph:Traversal:MaxSubgraphSize?", p, StringComparison.Ordinal));
        Assert.Equal(3, error.Message.Split(Environment.NewLine).Length);
    }

    [Fact]
    public void A_misspelt_setting_gets_the_closest_known_name()
    {
        var problem = Assert.Single(SettingsCheck.Problems(Settings(("CoopGraph:Api:MaxCots", "5"))));

        Assert.StartsWith("Unknown setting CoopGraph:Api:MaxCots (from the command line); known settings under CoopGraph:Api: DefaultPageSize,", problem, StringComparison.Ordinal);
        Assert.EndsWith("Did you mean CoopGraph:Api:MaxCost?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_variable_spellings_are_checked_under_any_case()
    {
        // A prefix of this test's own keeps its variables out of every other configuration built meanwhile.
        var prefix = $"SETTINGSCHECK{Environment.ProcessId}_";
        Environment.SetEnvironmentVariable(prefix + "COOPGRAPH__API__MAXCOST", "5");
        Environment.SetEnvironmentVariable(prefix + "CoopGraph__Cors__AllowedOrigins__0", "https://example.org");
        Environment.SetEnvironmentVariable(prefix + "CoopGraph__Api__Nope", "1");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var problem = Assert.Single(SettingsCheck.Problems(configuration));

            // The path is spelt as the variables spell it (the first to name a section gives its case).
            Assert.StartsWith("Unknown setting CoopGraph:Api:Nope (from the environment);", problem, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(5, configuration.GetSection("CoopGraph:Api").Get<CoopGraph.GraphQL.Schema.ApiLimits>()!.MaxCost);
        }
        finally
        {
            foreach (var name in new[] { "COOPGRAPH__API__MAXCOST", "CoopGraph__Cors__AllowedOrigins__0", "CoopGraph__Api__Nope" })
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Fact]
    public void Keys_outside_the_section_are_left_to_their_owners()
    {
        var configuration = Settings(("COOPGRAPH_DATA", "x.db"), ("COOPGRAPH_NEO4J_URI", "http://localhost:7474"), ("Kestrel:Limits:MaxConcurrentConnections", "10"), ("CoopGraphExtra:Nope", "1"));

        Assert.Empty(SettingsCheck.Problems(configuration));
    }

    [Fact]
    public void Numbered_list_items_nested_options_and_an_empty_list_are_accepted()
    {
        var configuration = Settings(
            ("CoopGraph:Cors:AllowedOrigins", ""),
            ("CoopGraph:Cors:AllowedOrigins:0", "https://a.example"),
            ("CoopGraph:Cors:AllowedOrigins:1", "https://b.example"),
            ("coopgraph:neo4j:uri", "http://localhost:7474"),
            ("CoopGraph:Neo4j:RetryBaseDelay", "00:00:01"),
            ("CoopGraph:Traversal:PageRankDamping", "0.9"),
            ("CoopGraph:SchemaPath", ""));

        Assert.Empty(SettingsCheck.Problems(configuration));
    }

    [Fact]
    public void A_list_takes_numbered_items_not_a_value_or_named_items()
    {
        Assert.Single(
            SettingsCheck.Problems(Settings(("CoopGraph:Cors:AllowedOrigins", "https://a.example"))),
            "Setting CoopGraph:Cors:AllowedOrigins (from the command line) is 'https://a.example', but it is a list: give its items as CoopGraph:Cors:AllowedOrigins:0, CoopGraph:Cors:AllowedOrigins:1 and so on.");
        Assert.Single(
            SettingsCheck.Problems(Settings(("CoopGraph:Cors:AllowedOrigins:first", "x"))),
            "Unknown setting CoopGraph:Cors:AllowedOrigins:first (from the command line); CoopGraph:Cors:AllowedOrigins is a list, its items numbered from 0.");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_one_line_naming_the_key_and_what_it_takes()
    {
        var problems = SettingsCheck.Problems(Settings(
            ("CoopGraph:Api:MaxCost", "abc"),
            ("CoopGraph:Store", "Mongo"),
            ("CoopGraph:Api:RequestTimeout", "soon"),
            ("CoopGraph:SeedWhenEmpty", "yes"),
            ("CoopGraph:Api:MaxDepth", "")));

        Assert.Equal(
            [
                "Setting CoopGraph:Api:MaxCost (from the command line) is 'abc', which is not a whole number (Int32).",
                "Setting CoopGraph:Api:MaxDepth (from the command line) is '', which is not a whole number (Int32).",
                "Setting CoopGraph:Api:RequestTimeout (from the command line) is 'soon', which is not a duration such as 00:00:30.",
                "Setting CoopGraph:SeedWhenEmpty (from the command line) is 'yes', which is not true or false.",
                "Setting CoopGraph:Store (from the command line) is 'Mongo', which is not one of Embedded, Neo4j.",
            ],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_key_below_a_single_value_is_unknown()
    {
        var problem = Assert.Single(SettingsCheck.Problems(Settings(("CoopGraph:Api:MaxCost", "5"), ("CoopGraph:Api:MaxCost:Nested", "1"))));

        Assert.Equal("Unknown setting CoopGraph:Api:MaxCost:Nested (from the command line); CoopGraph:Api:MaxCost is a single value with no settings under it.", problem);
    }

    [Fact]
    public void The_last_source_that_gives_a_key_is_the_one_named()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Combine("appsettings.json"), """{ "CoopGraph": { "Nope": 1 } }""");
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(folder.Combine("appsettings.json"))
            .AddCommandLine(["--CoopGraph:Nope=2"])
            .Build();

        Assert.StartsWith("Unknown setting CoopGraph:Nope (from the command line);", Assert.Single(SettingsCheck.Problems(configuration)), StringComparison.Ordinal);
    }

    [Fact]
    public void Known_settings_come_from_every_options_class_including_new_properties()
    {
        Assert.Contains("CoopGraph:Http:MaxRequestBodyBytes", KnownSettings.Paths);
        Assert.Contains("CoopGraph:Cors:AllowedOrigins", KnownSettings.Paths);
        Assert.Contains("CoopGraph:Neo4j:BearerToken", KnownSettings.Paths);
        Assert.Contains("CoopGraph:Api:DocumentCacheSize", KnownSettings.Paths);
        Assert.Contains("CoopGraph:Traversal:BetweennessSeed", KnownSettings.Paths);
        Assert.Equal(
            typeof(CoopGraph.GraphQL.Schema.ApiLimits).GetProperties().Length,
            KnownSettings.Paths.Count(p => p.StartsWith("CoopGraph:Api:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_former_name_points_to_a_known_setting()
    {
        Assert.All(SettingSuggestions.FormerNames.Values, successor => Assert.Contains(successor, KnownSettings.Paths));
        Assert.All(SettingSuggestions.FormerNames.Keys, former => Assert.DoesNotContain(former, KnownSettings.Paths, StringComparer.OrdinalIgnoreCase));
    }

    private static IConfigurationRoot Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();

    [Fact]
    public void Each_stores_own_sections_are_known_where_the_store_binds_them()
    {
        Assert.Contains("CoopGraph:Neo4j:Uri", KnownSettings.Paths);

        // Bound by the Neo4j store beside the shared traversal bounds, under the key operators always set.
        Assert.Contains("CoopGraph:Traversal:CypherBetweennessMaxEntities", KnownSettings.Paths);
        Assert.Contains("CoopGraph:Traversal:MaxDepth", KnownSettings.Paths);
        Assert.Empty(SettingsCheck.Problems(Settings(("CoopGraph:Traversal:CypherBetweennessMaxEntities", "50"), ("CoopGraph:Store", "neo4j"))));
    }

    [Fact]
    public void A_third_store_is_known_to_the_check_by_its_registration_alone()
    {
        var postgres = new FakeStoreProvider("Postgres", new Storage.Backends.StoreSettings("CoopGraph:Postgres", typeof(FakePostgresOptions)));
        var root = KnownSettings.For(new Storage.Backends.StoreRegistry([.. BuiltInStores.Registry.Providers, postgres]));

        Assert.True(root.Find("Store")!.Accepts("postgres"));
        Assert.Equal("one of Embedded, Neo4j, Postgres", root.Find("Store")!.Describe());
        Assert.NotNull(root.Find("Postgres")!.Find("ConnectionString"));
        Assert.Null(KnownSettings.Root.Find("Postgres"));
    }

    private sealed class FakePostgresOptions
    {
        public string? ConnectionString { get; set; }
    }
}
