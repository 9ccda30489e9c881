using CoopGraph.Storage.Embedded.Writes;
using CoopGraph.Storage.Writes;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>Writing plans: one transaction per group of batches, committed before readers see any of them.</summary>
internal sealed partial class SqliteGraphFile
{
    private PlanWriter? _writer;

    // Prepared once: a commit of one small batch is mostly fixed costs, and preparing this statement was one of them.
    private SqliteCommand? _versionWrite;

    /// <summary>
    /// Stores the plans' changes, in order, the version the last one makes and the idempotency marks of their batches,
    /// in one durable transaction: a batch's mark is stored exactly when its changes are.
    /// </summary>
    public void Commit(IReadOnlyList<WritePlan> plans, long version, IReadOnlyList<IdempotencyMark> marks, DateTimeOffset at)
    {
        _writer ??= new PlanWriter(_connection);
        using var transaction = _connection.BeginTransaction();
        foreach (var plan in plans)
        {
            _writer.Write(plan, this);
        }

        foreach (var mark in marks)
        {
            // An expired mark of the same key and field may still be there (purges run as responses are kept): it is replaced.
            using var insert = Command(
                "INSERT INTO idempotency_marks(key, field, request_hash, at) VALUES ($key, $field, $hash, $at) "
                + "ON CONFLICT(key, field) DO UPDATE SET request_hash = excluded.request_hash, at = excluded.at",
                transaction);
            insert.Parameters.AddWithValue("$key", mark.Key);
            insert.Parameters.AddWithValue("$field", mark.Field);
            insert.Parameters.AddWithValue("$hash", mark.RequestHash);
            insert.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            insert.ExecuteNonQuery();
        }

        if (_versionWrite is null)
        {
            _versionWrite = Command("INSERT INTO meta(key, value) VALUES ('version', $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", transaction);
            _versionWrite.Parameters.Add("$value", SqliteType.Integer);
            _versionWrite.Prepare();
        }

        _versionWrite.Transaction = transaction;
        _versionWrite.Parameters[0].Value = version;
        _versionWrite.ExecuteNonQuery();
        transaction.Commit();
    }

    public long StoredVersion() => ReadMeta("version", null) ?? 0;

    private sealed class PlanWriter : IDisposable
    {
        private const string StampUpdate = ", version = excluded.version, created_at = excluded.created_at, created_by = excluded.created_by, updated_at = excluded.updated_at, updated_by = excluded.updated_by";
        private const string NodeUpsert = " ON CONFLICT(slot) DO UPDATE SET id = excluded.id, label = excluded.label, properties = excluded.properties, sources = excluded.sources" + StampUpdate;
        private const string RelationshipUpsert = " ON CONFLICT(slot) DO UPDATE SET properties = excluded.properties, sources = excluded.sources" + StampUpdate;

        private readonly MultiRowStatement _sourceLists;
        private readonly MultiRowStatement _nodes;
        private readonly MultiRowStatement _relationships;
        private readonly MultiRowStatement _nodeDeletes;
        private readonly MultiRowStatement _relationshipDeletes;
        private readonly PropertyJson _json = new();

        public PlanWriter(SqliteConnection connection)
        {
            _sourceLists = new MultiRowStatement(connection, "INSERT INTO source_lists(id, json) VALUES ", 2);
            _nodes = new MultiRowStatement(
                connection, "INSERT INTO nodes(slot, id, label, properties, sources, version, created_at, created_by, updated_at, updated_by) VALUES ", 10, NodeUpsert);
            _relationships = new MultiRowStatement(
                connection,
                "INSERT INTO relationships(slot, type, start_slot, end_slot, properties, sources, version, created_at, created_by, updated_at, updated_by) VALUES ",
                11,
                RelationshipUpsert);
            _nodeDeletes = new MultiRowStatement(connection, "DELETE FROM nodes WHERE slot IN (", 1, ")", rowsPerStatement: 16);
            _relationshipDeletes = new MultiRowStatement(connection, "DELETE FROM relationships WHERE slot IN (", 1, ")", rowsPerStatement: 16);
        }

        public void Write(WritePlan plan, SqliteGraphFile file)
        {
            foreach (var statement in new[] { _sourceLists, _nodes, _relationships, _nodeDeletes, _relationshipDeletes })
            {
                statement.Clear();
            }

            foreach (var list in plan.NewSourceLists)
            {
                _sourceLists.Integer(list.Id).Text(list.Json).EndRow();
            }

            _sourceLists.Flush();

            // Deletes first: a slot freed here may not be reused in the same batch, but an id may
            // move from a deleted row to a re-created one only after the old row is gone.
            foreach (var relationship in plan.Relationships)
            {
                if (!relationship.Live)
                {
                    _relationshipDeletes.Integer(relationship.Slot).EndRow();
                }
            }

            foreach (var node in plan.Nodes)
            {
                if (!node.Live)
                {
                    _nodeDeletes.Integer(node.Slot).EndRow();
                }
            }

            _relationshipDeletes.Flush();
            _nodeDeletes.Flush();
            foreach (var node in plan.Nodes)
            {
                if (node.Live)
                {
                    var label = file._model.Labels[node.Label];
                    _nodes.Integer(node.Slot).Text(node.Id).Integer(file._labelCodes[node.Label]);
                    TextOrNull(_nodes, _json.Write(label.Properties, node.Values)).Integer(node.Sources!.Id);
                    Stamp(_nodes, node.Stamp!).EndRow();
                }
            }

            _nodes.Flush();
            foreach (var relationship in plan.Relationships)
            {
                if (relationship.Live)
                {
                    var key = relationship.Key;
                    var definitions = file._model.RelationshipTypes[key.Type].Properties?.Properties ?? [];
                    _relationships.Integer(relationship.Slot).Integer(file._typeCodes[key.Type]).Integer(key.Start).Integer(key.End);
                    TextOrNull(_relationships, _json.Write(definitions, relationship.Values)).Integer(relationship.Sources!.Id);
                    Stamp(_relationships, relationship.Stamp!).EndRow();
                }
            }

            _relationships.Flush();
        }

        private static MultiRowStatement Stamp(MultiRowStatement statement, FactStamp stamp) =>
            IntegerOrNull(IntegerOrNull(statement.Integer(stamp.Version), StampReader.Milliseconds(stamp.CreatedAt)).Text(stamp.CreatedBy), StampReader.Milliseconds(stamp.UpdatedAt))
                .Text(stamp.UpdatedBy);

        private static MultiRowStatement IntegerOrNull(MultiRowStatement statement, long? value) =>
            value is { } number ? statement.Integer(number) : statement.Null();

        private static MultiRowStatement TextOrNull(MultiRowStatement statement, ReadOnlySpan<byte> json) =>
            json.IsEmpty ? statement.Null() : statement.Text(json);

        public void Dispose()
        {
            _sourceLists.Dispose();
            _nodes.Dispose();
            _relationships.Dispose();
            _nodeDeletes.Dispose();
            _relationshipDeletes.Dispose();
            _json.Dispose();
        }
    }
}
