using CoopGraph.Storage.Neo4j.Bootstrap;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Bootstrap;

public sealed class Neo4jSchemaBootstrapTests
{
    [Fact]
    public void Bootstrap_cypher_for_a_small_model() =>
        Neo4jSchemaBootstrap.Statements(TestModels.Small).Select(s => s.Text).ToArray().MatchSnapshot();

    [Fact]
    public void Every_statement_is_idempotent_and_has_no_parameters() =>
        Assert.All(Neo4jSchemaBootstrap.Statements(TestModels.Domain), s =>
        {
            Assert.Contains(" IF NOT EXISTS ", s.Text, StringComparison.Ordinal);
            Assert.Empty(s.Parameters);
        });

    [Fact]
    public void The_domain_model_gets_an_id_constraint_per_label_and_relationship_type_and_one_full_text_index()
    {
        var texts = Neo4jSchemaBootstrap.Statements(TestModels.Domain).Select(s => s.Text).ToArray();

        foreach (var label in TestModels.Domain.Labels)
        {
            Assert.Contains($"CREATE CONSTRAINT `coopgraph_{label.Name}_id_unique` IF NOT EXISTS FOR (n:`{label.Name}`) REQUIRE n.`id` IS UNIQUE", texts);
        }

        foreach (var type in TestModels.Domain.RelationshipTypes)
        {
            Assert.Contains($"CREATE CONSTRAINT `coopgraph_{type.Name}_id_unique` IF NOT EXISTS FOR ()-[r:`{type.Name}`]-() REQUIRE r.`id` IS UNIQUE", texts);
        }

        var fullText = Assert.Single(texts, t => t.StartsWith("CREATE FULLTEXT INDEX", StringComparison.Ordinal));
        Assert.Contains("n.`__fold_description`", fullText, StringComparison.Ordinal);
        Assert.Equal(texts.Length, texts.Distinct().Count());
    }
}
