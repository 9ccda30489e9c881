using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// The statements that apply a <see cref="ResolvedBatch"/>, in an order that keeps every step valid:
/// relationship deletes, node deletes, node merges, relationship merges. One <c>UNWIND</c> statement
/// per label or relationship type (and per pair of end labels, so both ends are index seeks),
/// split into chunks of the batch size. Each returns how many rows it touched, to catch a concurrent
/// change between the facts and the write.
/// </summary>
internal static class WriteStatements
{
    public static IReadOnlyList<(CypherStatement Statement, int ExpectedRows)> Build(ResolvedBatch batch, int chunkSize)
    {
        var statements = new List<(CypherStatement, int)>();

        foreach (var group in batch.RelationshipDeletes.GroupBy(d => d.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(statements, group.Select(d => (object?)d.Key), chunkSize,
                $"UNWIND $rows AS id MATCH ()-[r:{CypherNames.Escape(group.Key)} {{id: id}}]->() DELETE r RETURN count(*) AS rows");
        }

        foreach (var group in batch.NodeDeletes.GroupBy(d => d.Value).OrderBy(g => g.Key.Label, StringComparer.Ordinal).ThenBy(g => g.Key.Detach))
        {
            var delete = group.Key.Detach ? "DETACH DELETE" : "DELETE";
            Add(statements, group.Select(d => (object?)d.Key), chunkSize,
                $"UNWIND $rows AS id MATCH (n:{CypherNames.Escape(group.Key.Label)} {{id: id}}) {delete} n RETURN count(*) AS rows");
        }

        foreach (var group in batch.NodeUpserts.GroupBy(u => u.Value.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(statements, group.Select(u => (object?)new Dictionary<string, object?> { ["id"] = u.Key, ["props"] = u.Value.Props }), chunkSize,
                $"UNWIND $rows AS row MERGE (n:{CypherNames.Escape(group.Key)} {{id: row.id}}) SET n = row.props RETURN count(*) AS rows");
        }

        foreach (var group in batch.RelationshipUpserts.Values
                     .GroupBy(u => (u.Type, u.StartLabel, u.EndLabel))
                     .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.StartLabel, StringComparer.Ordinal).ThenBy(g => g.Key.EndLabel, StringComparer.Ordinal))
        {
            var rows = group.Select(u => (object?)new Dictionary<string, object?>
            {
                ["id"] = u.Props[StoredNames.Id],
                ["start"] = u.Start,
                ["end"] = u.End,
                ["props"] = u.Props,
            });
            Add(statements, rows, chunkSize,
                $"UNWIND $rows AS row MATCH (a:{CypherNames.Escape(group.Key.StartLabel)} {{id: row.start}}) MATCH (b:{CypherNames.Escape(group.Key.EndLabel)} {{id: row.end}}) "
                + $"MERGE (a)-[r:{CypherNames.Escape(group.Key.Type)} {{id: row.id}}]->(b) SET r = row.props RETURN count(*) AS rows");
        }

        return statements;
    }

    /// <summary>Raises the store version when the batch changed something; reads it otherwise. Runs as the commit's last statement.</summary>
    public static CypherStatement Version(bool changed) => changed
        ? new CypherStatement(
            $"MERGE (m:{CypherNames.Escape(StoredNames.MetaLabel)} {{key: $key}}) SET m.version = coalesce(m.version, 0) + 1 RETURN m.version AS version",
            new Dictionary<string, object?> { ["key"] = "store" })
        : new CypherStatement(
            $"OPTIONAL MATCH (m:{CypherNames.Escape(StoredNames.MetaLabel)} {{key: $key}}) RETURN coalesce(m.version, 0) AS version",
            new Dictionary<string, object?> { ["key"] = "store" });

    private static void Add(List<(CypherStatement, int)> statements, IEnumerable<object?> rows, int chunkSize, string text)
    {
        foreach (var chunk in rows.Chunk(chunkSize))
        {
            statements.Add((new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = chunk }), chunk.Length));
        }
    }
}
