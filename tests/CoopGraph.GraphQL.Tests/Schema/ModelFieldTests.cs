using System.Text.Json;
using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;

namespace CoopGraph.GraphQL.Tests.Schema;

/// <summary>
/// The root field <c>model</c>: every label and relationship type of the model the server runs, with the API names a
/// client needs, answered by the plan alone.
/// </summary>
public sealed class ModelFieldTests
{
    private const string Everything = """
        {
          model {
            labels { name connectionField lookupField idPrefix }
            types { name from to properties fields }
          }
          __schema { queryType { fields { name } } }
        }
        """;

    [Fact]
    public async Task Lists_every_label_of_the_domain_model_with_its_root_fields_and_id_prefix()
    {
        await using var api = await GraphQLHarness.CreateAsync();
        var data = await api.DataAsync(Everything);
        var rootFields = data.GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
        var labels = data.GetProperty("model").GetProperty("labels").EnumerateArray().ToArray();

        Assert.Equal(DomainModel.Model.Labels.Select(l => l.Name), labels.Select(l => Text(l, "name")));
        foreach (var (label, answered) in DomainModel.Model.Labels.Zip(labels))
        {
            Assert.Equal(label.IdPrefix, Text(answered, "idPrefix"));
            Assert.Contains(Text(answered, "connectionField"), rootFields);
            Assert.Contains(Text(answered, "lookupField"), rootFields);
        }

        Assert.Equal("people", Text(labels.Single(l => Text(l, "name") == "Person"), "connectionField"));
        Assert.Equal("historical-tie", Text(labels.Single(l => Text(l, "name") == "HistoricalTie"), "idPrefix"));
    }

    [Fact]
    public async Task Lists_every_relationship_type_with_the_labels_at_its_ends_its_properties_and_typed_fields()
    {
        await using var api = await GraphQLHarness.CreateAsync();
        var types = (await api.DataAsync(Everything)).GetProperty("model").GetProperty("types").EnumerateArray().ToArray();

        Assert.Equal(DomainModel.Model.RelationshipTypes.Select(t => t.Name), types.Select(t => Text(t, "name")));
        foreach (var (type, answered) in DomainModel.Model.RelationshipTypes.Zip(types))
        {
            Assert.Equal(type.Ends.Select(e => e.Start).Distinct().Order(StringComparer.Ordinal), Texts(answered, "from"));
            Assert.Equal(type.Ends.Select(e => e.End).Distinct().Order(StringComparer.Ordinal), Texts(answered, "to"));
            Assert.Equal((type.Properties?.Properties ?? []).Select(p => p.Name), Texts(answered, "properties"));
            Assert.NotEmpty(Texts(answered, "fields"));
            foreach (var field in Texts(answered, "fields"))
            {
                var (owner, name) = (field.Split('.')[0], field.Split('.')[1]);
                Assert.Same(type, DomainModel.Model.FindLabel(owner)!.FindRelationship(name)!.RelationshipType);
            }
        }

        var inCountry = types.Single(t => Text(t, "name") == "IN_COUNTRY");
        Assert.Equal(["Province"], Texts(inCountry, "from"));
        Assert.Equal(["Country"], Texts(inCountry, "to"));
        Assert.Equal(["Country.provinces", "Province.country"], Texts(inCountry, "fields").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Follows_the_type_definitions_the_server_runs()
    {
        await using var api = await GraphQLHarness.CreateAsync("""
            type Port @node { id: ID! @id name: String! @display routes: [Port!]! @relationship(type: "ROUTE", direction: OUT, properties: "Route") }
            type Route @relationshipProperties { days: Int }
            type Source @node { id: ID! @id title: String! @display }
            """);

        var model = (await api.DataAsync("{ model { labels { name } types { name from to properties fields } } }")).GetProperty("model");

        Assert.Equal(["Port", "Source"], model.GetProperty("labels").EnumerateArray().Select(l => Text(l, "name")));
        Assert.Equal(
            """[{"name":"ROUTE","from":["Port"],"to":["Port"],"properties":["days"],"fields":["Port.routes"]}]""",
            JsonSerializer.Serialize(model.GetProperty("types")));
    }

    [Fact]
    public async Task Is_answered_by_the_plan_without_the_store_whatever_it_is_called()
    {
        OperationPlan? ran = null;
        await using var api = await GraphQLHarness.CreateAsync(wrap: inner => new WatchingExecutor(inner, plan => ran = plan));

        var data = await api.DataAsync("{ m: model { __typename l: labels { __typename n: name } } }");

        Assert.False(ran!.ReadsStore);
        var model = data.GetProperty("m");
        Assert.Equal("DomainModel", Text(model, "__typename"));
        var first = model.GetProperty("l")[0];
        Assert.Equal("ModelLabel", Text(first, "__typename"));
        Assert.Equal(DomainModel.Model.Labels[0].Name, Text(first, "n"));
        Assert.Contains($"m = Model {{ __typename l[{DomainModel.Model.Labels.Count}] {{ __typename n }} }}", ran.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_the_same_beside_introspection()
    {
        await using var api = await GraphQLHarness.CreateAsync();
        const string model = "model { labels { name idPrefix } types { name from } }";

        var planned = await api.DataAsync("{ " + model + " }");
        var mixed = await api.DataAsync("{ __type(name: \"DomainModel\") { name } " + model + " }");

        Assert.Equal(planned.GetProperty("model").GetRawText(), mixed.GetProperty("model").GetRawText());
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static string[] Texts(JsonElement element, string name) => element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>Hands each plan to a test before running it.</summary>
    private sealed class WatchingExecutor(IPlanExecutor inner, Action<OperationPlan> watch) : IPlanExecutor
    {
        public ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
        {
            watch(plan);
            return inner.ExecuteAsync(plan, output, cancellationToken);
        }
    }
}
