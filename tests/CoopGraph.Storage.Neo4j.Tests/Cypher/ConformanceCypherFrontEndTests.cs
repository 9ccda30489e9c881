using CoopGraph.Conformance.Tests;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// The statements of the conformance suite's operations, built through the real GraphQL pipeline, go through
/// Neo4j's own Cypher 5 front end as the kit's do (<see cref="CypherFrontEndTests"/>): realistic plans over
/// the repository's model, checked without a server. A class of its own so it runs beside the kit's check.
/// </summary>
public sealed class ConformanceCypherFrontEndTests(ITestOutputHelper output)
{
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
}
