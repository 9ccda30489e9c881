using System.Text.Json;
using System.Text.RegularExpressions;
using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Seed;

/// <summary>
/// The IDE's example document (src/CoopGraph.Host/Ide/example.graphql) on the seed: every operation answers without
/// an error, and the ones that show a feature show something worth seeing.
/// </summary>
public sealed partial class IdeExampleTests : IAsyncLifetime
{
    private static readonly string Document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CoopGraph.Host", "Ide", "example.graphql"));

    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await GraphQLHarness.CreateSeededAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public static TheoryData<string> Operations
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (Match match in OperationName().Matches(Document))
            {
                data.Add(match.Groups[1].Value);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_answers_on_the_seed(string operation)
    {
        var response = await Run(operation);

        Assert.False(response.TryGetProperty("errors", out var errors), $"{operation}: {errors}");
        Assert.NotEmpty(response.GetProperty("data").EnumerateObject());
    }

    [Fact]
    public async Task The_commented_mutation_writes_a_verified_fact_once_uncommented()
    {
        var lines = Document.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("# mutation ", StringComparison.Ordinal));
        Assert.True(start >= 0, "The example document has no commented mutation.");
        var mutation = string.Join("\n", lines.Skip(start).TakeWhile(l => l.StartsWith("# ", StringComparison.Ordinal)).Select(l => l[2..]));

        var response = await _api.ExecuteAsync(mutation);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var payload = response.GetProperty("data").EnumerateObject().Single().Value;
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.True(payload.GetProperty("relationship").GetProperty("sources")[0].GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task How_Nagasaki_and_Hokkaido_are_connected_is_more_than_both_being_in_Japan()
    {
        var paths = (await Run("HowAreNagasakiAndHokkaidoConnected")).GetProperty("data").EnumerateObject().Single().Value.EnumerateArray().ToArray();

        Assert.NotEmpty(paths);
        Assert.All(paths, path =>
        {
            var types = path.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ToArray();
            Assert.DoesNotContain("IN_COUNTRY", types);
            Assert.True(types.Length > 2, string.Join(", ", types));
        });
    }

    [Fact]
    public async Task The_model_operation_lists_every_label_and_type()
    {
        var model = (await Run("Model")).GetProperty("data").GetProperty("model");

        Assert.Equal(DomainModel.Model.Labels.Count, model.GetProperty("labels").GetArrayLength());
        Assert.Equal(DomainModel.Model.RelationshipTypes.Count, model.GetProperty("types").GetArrayLength());
    }

    private Task<JsonElement> Run(string operation) => _api.ExecuteAsync(Document, operationName: operation);

    [GeneratedRegex(@"^query (\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
