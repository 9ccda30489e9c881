using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// The statements that apply a <see cref="ResolvedBatch"/>, in an order that keeps every step valid:
/// relationship deletes, node deletes, node creates and updates, relationship creates and updates. One
/// <c>UNWIND</c> statement per label or relationship type (and per pair of end labels, so both ends are
/// index seeks), split into chunks of the batch size. Each returns how many rows it touched, to catch a
/// concurrent change between the facts and the write: a create finds no fact of its id, and an update or
/// delete finds the version it read, checked under the fact's write lock; a node that keeps a required to-one
/// relationship the batch deletes others of still has one.
/// </summary>
internal static class WriteStatements
{
    public static IReadOnlyList<(CypherStatement Statement, int ExpectedRows)> Build(ResolvedBatch batch, int chunkSize)
    {
        var statements = new List<(CypherStatement, int)>();

        foreach (var group in batch.RelationshipDeletes.GroupBy(d => d.Value.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(statements, group.Select(d => Row(d.Key, d.Value.StoredVersion)), chunkSize,
                $"UNWIND $rows AS row MATCH ()-[r:{CypherNames.Escape(group.Key)} {{id: row.id}}]->() {Locked("r", versionKnown: false)} DELETE r RETURN count(*) AS rows");
        }

        foreach (var group in batch.NodeDeletes.GroupBy(d => (d.Value.Label, d.Value.Detach)).OrderBy(g => g.Key.Label, StringComparer.Ordinal).ThenBy(g => g.Key.Detach))
        {
            var delete = group.Key.Detach ? "DETACH DELETE" : "DELETE";
            Add(statements, group.Select(d => Row(d.Key, d.Value.StoredVersion)), chunkSize,
                $"UNWIND $rows AS row MATCH (n:{CypherNames.Escape(group.Key.Label)} {{id: row.id}}) {Locked("n", versionKnown: true)} {delete} n RETURN count(*) AS rows");
        }

        foreach (var group in batch.NodeUpserts.GroupBy(u => (u.Value.Label, Created: u.Value.StoredVersion is null))
                     .OrderBy(g => g.Key.Label, StringComparer.Ordinal).ThenBy(g => !g.Key.Created))
        {
            var label = CypherNames.Escape(group.Key.Label);
            if (group.Key.Created)
            {
                Add(statements, group.Select(u => (object?)new Dictionary<string, object?> { ["id"] = u.Key, ["props"] = u.Value.Props }), chunkSize,
                    $"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) {CreatedOnly("n")}");
            }
            else
            {
                Add(statements, group.Select(u => (object?)new Dictionary<string, object?> { ["id"] = u.Key, ["version"] = u.Value.StoredVersion, ["props"] = u.Value.Props }), chunkSize,
                    $"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) {Locked("n", versionKnown: true)} SET n = row.props RETURN count(*) AS rows");
            }
        }

        foreach (var group in batch.RelationshipUpserts.Values.Where(u => u.StoredVersion is null)
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
                + $"MERGE (a)-[r:{CypherNames.Escape(group.Key.Type)} {{id: row.id}}]->(b) {CreatedOnly("r")}");
        }

        // A relationship's ends are part of its id, so an update needs only the relationship.
        foreach (var group in batch.RelationshipUpserts.Values.Where(u => u.StoredVersion is not null).GroupBy(u => u.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.Select(u => (object?)new Dictionary<string, object?>
            {
                ["id"] = u.Props[StoredNames.Id],
                ["version"] = u.StoredVersion,
                ["props"] = u.Props,
            });
            Add(statements, rows, chunkSize,
                $"UNWIND $rows AS row MATCH ()-[r:{CypherNames.Escape(group.Key)} {{id: row.id}}]->() {Locked("r", versionKnown: true)} SET r = row.props RETURN count(*) AS rows");
        }

        // Last, when every relationship the batch writes is there: a concurrent delete of the relationship a required
        // to-one field kept, after the read, leaves the node with none; the node's lock waits for that delete's commit.
        foreach (var group in batch.RequiredEnds.GroupBy(r => (r.Label, r.Type, r.Outgoing))
                     .OrderBy(g => g.Key.Label, StringComparer.Ordinal).ThenBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Outgoing))
        {
            var (label, type, outgoing) = group.Key;
            var pattern = outgoing ? $"(n)-[:{CypherNames.Escape(type)}]->()" : $"(n)<-[:{CypherNames.Escape(type)}]-()";
            var lockKey = CypherNames.Escape(StoredNames.Lock);
            Add(statements, group.Select(r => r.Id).Order(StringComparer.Ordinal).Select(id => (object?)new Dictionary<string, object?> { ["id"] = id }), chunkSize,
                $"UNWIND $rows AS row MATCH (n:{CypherNames.Escape(label)} {{id: row.id}}) SET n.{lockKey} = true WITH n WHERE EXISTS {{ {pattern} }} "
                + $"REMOVE n.{lockKey} RETURN count(*) AS rows");
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

    /// <summary>
    /// Keeps the rows whose fact is still at the version the batch read. The lock comes first: Neo4j reads committed data
    /// and takes a fact's write lock only when it writes it, so a version compared before the lock could change before
    /// the write (Neo4j's documented way to lock before reading is to set a property). A fact without a version was
    /// stored before stamps and is version 1. <paramref name="versionKnown"/> false lets a row without a version through
    /// (a relationship that goes with a detached node).
    /// </summary>
    private static string Locked(string fact, bool versionKnown)
    {
        var lockKey = CypherNames.Escape(StoredNames.Lock);
        var matches = $"coalesce({fact}.{CypherNames.Escape(StoredNames.Version)}, 1) = row.version";
        return $"SET {fact}.{lockKey} = true WITH {fact}, row WHERE " + (versionKnown ? matches : $"row.version IS NULL OR {matches}");
    }

    /// <summary>
    /// Sets a fact the batch creates, and counts only the ones it did create: one that a concurrent write created after
    /// the read is marked (the mark rolls back with the refused batch) and left out of the count.
    /// </summary>
    private static string CreatedOnly(string fact)
    {
        var lockKey = CypherNames.Escape(StoredNames.Lock);
        return $"ON CREATE SET {fact} = row.props ON MATCH SET {fact}.{lockKey} = true WITH {fact} WHERE {fact}.{lockKey} IS NULL RETURN count(*) AS rows";
    }

    private static object? Row(string id, long? version) => new Dictionary<string, object?> { ["id"] = id, ["version"] = version };

    private static void Add(List<(CypherStatement, int)> statements, IEnumerable<object?> rows, int chunkSize, string text)
    {
        foreach (var chunk in rows.Chunk(chunkSize))
        {
            statements.Add((new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = chunk }), chunk.Length));
        }
    }
}
