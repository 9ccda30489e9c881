using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Storage.Neo4j.Bootstrap;
using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests;

/// <summary>Hostile text in values stays in parameters; hostile names never reach Cypher text.</summary>
public sealed class InjectionTests
{
    public static TheoryData<string> Hostile => new()
    {
        "Robert'); MATCH (n) DETACH DELETE n; //",
        "\" OR 1=1 //",
        "`) DETACH DELETE n //",
        "{id: 'x'}} RETURN 1",
        "$injected} RETURN $rows",
        "\\u0060 injected",
        "Quảng Nam 北海道 😀",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Values_never_appear_in_statement_text(string hostile)
    {
        var batch = new GraphBatch()
            .Add(Batches.Source())
            .Add(new NodeWrite("country:japan", "Country", new Dictionary<string, object?> { ["name"] = hostile, ["isoCode"] = hostile }, [new("source:vnexpress-2023", hostile, false, hostile)]));
        var (operations, errors) = ModelWriteValidator.Validate(TestModels.Small, batch);
        Assert.Empty(errors);

        var facts = FactsQuery.For(TestModels.Small, operations).Statement!;
        var writes = WriteStatements.Build(BatchResolver.Resolve(TestModels.Small, operations, new StoredFacts(), FixedTimeProvider.NowInMilliseconds, "test"), 100);

        foreach (var text in writes.Select(w => w.Statement.Text).Append(facts.Text))
        {
            Assert.DoesNotContain(hostile, text, StringComparison.Ordinal);
        }

        var rows = (object?[])writes.Single(w => w.Statement.Text.Contains("`Country`", StringComparison.Ordinal)).Statement.Parameters["rows"]!;
        var country = (IReadOnlyDictionary<string, object?>)((Dictionary<string, object?>)rows[0]!)["props"]!;
        Assert.Equal(hostile, country["name"]);
        Assert.Equal(hostile, SourcesJson.Read((string)country["__sources"]!)[0].Quote);
    }

    [Fact]
    public void A_relationship_id_naming_an_unknown_type_is_not_found_and_never_reaches_cypher()
    {
        var batch = new GraphBatch().Add(new DeleteRelationship("EVIL`]->() DETACH DELETE n//:province:a:province:b"));
        var (operations, _) = ModelWriteValidator.Validate(TestModels.Small, batch);

        var facts = FactsQuery.For(TestModels.Small, operations);
        var resolved = BatchResolver.Resolve(TestModels.Small, operations, new StoredFacts(), FixedTimeProvider.NowInMilliseconds, "test");

        Assert.Null(facts.Statement);
        Assert.Equal("NOT_FOUND", Assert.Single(resolved.Errors).Code);
        Assert.Empty(WriteStatements.Build(resolved, 100));
    }

    [Fact]
    public void Labels_and_types_with_odd_characters_cannot_enter_the_model()
    {
        var compiled = ModelCompiler.Compile(TestModels.Directives + """
            type Evil @node(label: "Evil`) DETACH DELETE n //") { id: ID! @id name: String! @display }
            """);

        Assert.False(compiled.Succeeded);
    }

    [Fact]
    public void Every_name_in_the_bootstrap_is_backtick_escaped()
    {
        foreach (var statement in Neo4jSchemaBootstrap.Statements(TestModels.Domain))
        {
            Assert.DoesNotMatch(@"\(n:[A-Za-z]|\.[A-Za-z_]+[ )\],]|\[r:[A-Za-z]", statement.Text.Replace("`fulltext.analyzer`", string.Empty, StringComparison.Ordinal));
        }
    }
}
