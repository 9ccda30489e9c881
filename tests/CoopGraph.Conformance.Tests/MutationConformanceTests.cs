using System.Text.Json.Nodes;
using CoopGraph.Conformance.Tests.Support;

namespace CoopGraph.Conformance.Tests;

/// <summary>
/// The writes of <see cref="MutationConformanceCases"/> on every store, each case on a freshly seeded store. The
/// embedded store always runs; Neo4j whenever <c>COOPGRAPH_NEO4J_URI</c> names one (cleared and seeded per case).
/// <c>COOPGRAPH_UPDATE_CONFORMANCE=1</c> writes the embedded store's answers as the expected ones.
/// </summary>
public sealed class MutationConformanceTests
{
    [Theory]
    [MemberData(nameof(MutationConformanceCases.Names), MemberType = typeof(MutationConformanceCases))]
    public async Task Embedded_store_writes_as_expected(string name)
    {
        await using var api = await SeededApi.EmbeddedAsync();
        var actual = await AnswersAsync(api, name);
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_CONFORMANCE") == "1")
        {
            await File.WriteAllTextAsync(ExpectedFile(name), actual + "\n");
        }

        Assert.Equal(Expected(name), actual);
    }

    [LiveNeo4jTheory]
    [MemberData(nameof(MutationConformanceCases.Names), MemberType = typeof(MutationConformanceCases))]
    public async Task Neo4j_store_writes_as_expected(string name)
    {
        await using var api = await SeededApi.Neo4jAsync();
        JsonAnswers.AssertEquivalent(Expected(name), await AnswersAsync(api, name));
    }

    [Fact]
    public void Every_case_has_an_expected_answer_per_operation()
    {
        foreach (var (name, operations) in MutationConformanceCases.All)
        {
            Assert.Equal(operations.Length, JsonNode.Parse(Expected(name))!.AsArray().Count);
        }
    }

    private static async Task<string> AnswersAsync(SeededApi api, string name)
    {
        var answers = new JsonArray();
        foreach (var operation in MutationConformanceCases.All[name])
        {
            answers.Add(JsonNode.Parse(await api.ExecuteAsync(operation)));
        }

        return answers.ToJsonString(Indented);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Expected(string name) => File.ReadAllText(ExpectedFile(name)).ReplaceLineEndings("\n").TrimEnd();

    private static string ExpectedFile(string name) => Path.Combine(RepositoryPaths.TestProject("CoopGraph.Conformance.Tests"), "Expected", name + ".json");
}
