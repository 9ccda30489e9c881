using CoopGraph.Conformance.Tests;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every statement of the translation kit (reads of every operation shape and traversal, the bootstrap, the
/// write path) goes through Neo4j's own Cypher 5 parser and semantic analysis: no syntax error, no variable
/// out of scope, no clause Neo4j refuses, no warning. The analysis skips maps and CASEs that hold subqueries,
/// so <c>CypherFrontEnd/lint.mjs</c> also analyses each statement with those opened into lists. What a statement computes is left to the conformance
/// suite on a live server; this is what can be known without one.
/// </summary>
public sealed class CypherFrontEndTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_statement_of_the_kit_passes_Neo4js_own_Cypher_5_front_end()
    {
        var statements = KitSnapshots.Statements();
        Assert.Contains(statements, s => s.Statement.Contains("ALL SHORTEST", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Statement.Contains("MERGE", StringComparison.Ordinal));

        var (exitCode, report) = await CypherFrontEnd.LintAsync(statements);

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        Assert.Contains($"checked {statements.Count} statements, 0 with diagnostics", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_conformance_operation_translates_to_a_statement_Neo4js_front_end_accepts()
    {
        var statements = new List<KitStatement>();
        foreach (var (name, query) in ConformanceCases.All)
        {
            await using var api = new ApiOverNeo4j();
            var request = (await api.RequestOfAsync(query)).Json;
            var parameters = request.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => KitSnapshots.Typed(p.Value), StringComparer.Ordinal);
            statements.Add(new KitStatement(name, request.GetProperty("statement").GetString()!, parameters));
        }

        var (exitCode, report) = await CypherFrontEnd.LintAsync(statements);

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        Assert.Contains($"checked {ConformanceCases.All.Count} statements, 0 with diagnostics", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH p = (a)(((x)-[r]-(y)){1,2}){1,3}(b) RETURN p", "nested")]
    [InlineData("MATCH p = SHORTEST 1 (a)--+(b), (c)--(d) RETURN p", "selective path selector")]
    [InlineData("RETURN COLLECT { MATCH (n) RETURN n, n.id } AS data", "single return column")]
    [InlineData("MATCH (n) RETURN m", "not defined")]
    [InlineData("RETURN {v: COLLECT { UNWIND [1] AS a RETURN nope }} AS data", "`nope` not defined")]
    [InlineData("RETURN CASE WHEN NOT EXISTS { MATCH (n) } THEN 1 ELSE nope END AS data", "`nope` not defined")]
    [InlineData("RETURN {a: CASE size([1]) WHEN 0 THEN COUNT { MATCH (n) WHERE n.x = zz } ELSE 2 END} AS data", "`zz` not defined")]
    [InlineData("MATCH (a) MATCH (b) RETURN COLLECT { MATCH (x), (y) RETURN x } AS data", "cartesian product")]
    [InlineData("MATCH (n) WHERE n.id = $missing RETURN n", "$missing")]
    public async Task The_check_refuses_what_Neo4j_refuses(string statement, string reason)
    {
        var (exitCode, report) = await CypherFrontEnd.LintAsync([new KitStatement("refused", statement, new Dictionary<string, object?>())]);

        Assert.Equal(1, exitCode);
        Assert.Contains(reason, report, StringComparison.Ordinal);
    }
}
