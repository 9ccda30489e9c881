using CoopGraph.Conformance.Tests.Support;

namespace CoopGraph.Conformance.Tests;

/// <summary>
/// The same operations over the seed on every store, compared with one expected answer. The embedded
/// store always runs; Neo4j runs whenever <c>COOPGRAPH_NEO4J_URI</c> names one (its database is cleared first).
/// <c>COOPGRAPH_UPDATE_CONFORMANCE=1</c> writes the embedded store's answers as the expected ones.
/// </summary>
public sealed class ConformanceTests(EmbeddedFixture embedded, Neo4jFixture neo4j) : IClassFixture<EmbeddedFixture>, IClassFixture<Neo4jFixture>
{
    [Theory]
    [MemberData(nameof(ConformanceCases.Names), MemberType = typeof(ConformanceCases))]
    public async Task Embedded_store_answers_as_expected(string name)
    {
        var actual = await embedded.Api.ExecuteAsync(ConformanceCases.All[name]);
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_CONFORMANCE") == "1")
        {
            // Taking a new or changed answer from the embedded store; review the diff before committing it.
            await File.WriteAllTextAsync(ExpectedFile(name), actual + "\n");
        }

        Assert.Equal(Expected(name), actual);
    }

    [LiveNeo4jTheory]
    [MemberData(nameof(ConformanceCases.Names), MemberType = typeof(ConformanceCases))]
    public async Task Neo4j_store_answers_as_expected(string name) =>
        JsonAnswers.AssertEquivalent(Expected(name), await (await neo4j.ApiAsync()).ExecuteAsync(ConformanceCases.All[name]));

    [Fact]
    public async Task Every_expected_answer_has_data_and_no_errors()
    {
        foreach (var name in ConformanceCases.All.Keys)
        {
            var expected = Expected(name);
            Assert.DoesNotContain("\"errors\"", expected, StringComparison.Ordinal);
            Assert.Contains("\"data\"", expected, StringComparison.Ordinal);
        }

        await Task.CompletedTask;
    }

    private static string Expected(string name) => File.ReadAllText(ExpectedFile(name)).ReplaceLineEndings("\n").TrimEnd();

    // The source folder, not the output folder: updated answers are written where they are reviewed and committed.
    private static string ExpectedFile(string name) => Path.Combine(RepositoryPaths.TestProject("CoopGraph.Conformance.Tests"), "Expected", name + ".json");
}
