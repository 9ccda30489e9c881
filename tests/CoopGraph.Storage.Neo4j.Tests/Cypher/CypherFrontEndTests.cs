using CoopGraph.Storage.Neo4j.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Every statement of the translation kit (reads of every operation shape and traversal, the bootstrap, the
/// write path) goes through Neo4j's own Cypher 5 parser and semantic analysis: no syntax error, no variable
/// out of scope, no type error, no clause Neo4j refuses, no warning. The analysis gives up on a statement whose
/// maps or CASEs hold subqueries, so <c>CypherFrontEnd/lint.mjs</c> also analyses an exposed form of each, with
/// the same scopes and types, and checks that the analysis ran. What a statement computes is left to the conformance
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

    /// <summary>Statements Neo4j refuses or warns about, each with what the report must say.</summary>
    private static readonly (string Statement, string Reason)[] Refused =
    [
        ("MATCH p = (a)(((x)-[r]-(y)){1,2}){1,3}(b) RETURN p", "nested"),
        ("MATCH p = SHORTEST 1 (a)--+(b), (c)--(d) RETURN p", "selective path selector"),
        ("RETURN COLLECT { MATCH (n) RETURN n, n.id } AS data", "single return column"),
        ("MATCH (n) RETURN m", "not defined"),
        ("RETURN {v: COLLECT { UNWIND [1] AS a RETURN nope }} AS data", "`nope` not defined"),
        ("RETURN CASE WHEN NOT EXISTS { MATCH (n) } THEN 1 ELSE nope END AS data", "`nope` not defined"),
        ("RETURN {a: CASE size([1]) WHEN 0 THEN COUNT { MATCH (n) WHERE n.x = zz } ELSE 2 END} AS data", "`zz` not defined"),
        ("MATCH (a) MATCH (b) RETURN COLLECT { MATCH (x), (y) RETURN x } AS data", "cartesian product"),
        ("RETURN {a: COUNT { MATCH (n) }, b: size(1)} AS data", "Type mismatch"),
        ("RETURN {a: CASE WHEN 'yes' THEN COUNT { MATCH (n) } END} AS data", "Type mismatch"),
        ("MATCH (n {id: head(COLLECT { RETURN 1 AS i })}) RETURN n", "property map"),
        ("MATCH (n) WHERE n.id = $missing RETURN n", "$missing"),
        ("RETURN {a: COUNT { MATCH (n) }, b: hed([1])} AS data", "Function hed is not present"),
        ("RETURN apoc.coll.toSet([1]) AS data", "Function apoc.coll.toSet is not present"),
    ];

    [Fact]
    public async Task The_check_refuses_what_Neo4j_refuses()
    {
        var statements = Refused.Select((r, i) => new KitStatement($"refused{i}", r.Statement, new Dictionary<string, object?>())).ToArray();

        var (exitCode, report) = await CypherFrontEnd.LintAsync(statements);

        Assert.Equal(1, exitCode);
        Assert.Contains($"checked {statements.Length} statements, {statements.Length} with diagnostics", report, StringComparison.Ordinal);
        var lines = report.Split('\n');
        for (var i = 0; i < Refused.Length; i++)
        {
            var name = $"refused{i}";
            Assert.True(
                lines.Any(line => (line.StartsWith(name + " ", StringComparison.Ordinal) || line.StartsWith(name + ":", StringComparison.Ordinal)) && line.Contains(Refused[i].Reason, StringComparison.Ordinal)),
                $"{Refused[i].Statement} should be refused with \"{Refused[i].Reason}\":\n{report}");
        }
    }
}
