using CoopGraph.Storage.Embedded.Writes;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>Writing a plan: one transaction per batch, committed before memory changes.</summary>
internal sealed partial class SqliteGraphFile
{
    private PlanWriter? _writer;

    /// <summary>Stores the plan's changes and the new version in one durable transaction.</summary>
    public void Commit(WritePlan plan, long version)
    {
        _writer ??= new PlanWriter(_connection);
        using var transaction = _connection.BeginTransaction();
        _writer.Write(plan, this, transaction);
        WriteMeta("version", version, transaction);
        transaction.Commit();
    }

    public long StoredVersion() => ReadMeta("version", null) ?? 0;

    private sealed class PlanWriter : IDisposable
    {
        private const string NodeUpsert = " ON CONFLICT(slot) DO UPDATE SET id = excluded.id, label = excluded.label, properties = excluded.properties, sources = excluded.sources";
        private const string RelationshipUpsert = " ON CONFLICT(slot) DO UPDATE SET properties = excluded.properties, sources = excluded.sources";

        private readonly MultiRowCommand _sourceLists;
        private readonly MultiRowCommand _nodes;
        private readonly MultiRowCommand _relationships;
        private readonly MultiRowCommand _nodeDeletes;
        private readonly MultiRowCommand _relationshipDeletes;
        private readonly PropertyJson _json = new();

        public PlanWriter(SqliteConnection connection)
        {
            _sourceLists = new MultiRowCommand(connection, "INSERT INTO source_lists(id, json) VALUES ", 2);
            _nodes = new MultiRowCommand(connection, "INSERT INTO nodes(slot, id, label, properties, sources) VALUES ", 5, NodeUpsert);
            _relationships = new MultiRowCommand(
                connection, "INSERT INTO relationships(slot, type, start_slot, end_slot, properties, sources) VALUES ", 6, RelationshipUpsert);
            _nodeDeletes = new MultiRowCommand(connection, "DELETE FROM nodes WHERE slot IN (", 1, ")", rowsPerStatement: 16);
            _relationshipDeletes = new MultiRowCommand(connection, "DELETE FROM relationships WHERE slot IN (", 1, ")", rowsPerStatement: 16);
        }

        public void Write(WritePlan plan, SqliteGraphFile file, SqliteTransaction transaction)
        {
            foreach (var command in new[] { _sourceLists, _nodes, _relationships, _nodeDeletes, _relationshipDeletes })
            {
                command.Begin(transaction);
            }

            foreach (var list in plan.NewSourceLists)
            {
                _sourceLists.Add([list.Id, list.Json]);
            }

            _sourceLists.Flush();

            // Deletes first: a slot freed here may not be reused in the same batch, but an id may
            // move from a deleted row to a re-created one only after the old row is gone.
            foreach (var relationship in plan.Relationships)
            {
                if (!relationship.Live)
                {
                    _relationshipDeletes.Add([relationship.Slot]);
                }
            }

            foreach (var node in plan.Nodes)
            {
                if (!node.Live)
                {
                    _nodeDeletes.Add([node.Slot]);
                }
            }

            _relationshipDeletes.Flush();
            _nodeDeletes.Flush();
            foreach (var node in plan.Nodes)
            {
                if (node.Live)
                {
                    var label = file._model.Labels[node.Label];
                    _nodes.Add([node.Slot, node.Id, file._labelCodes[node.Label], _json.Write(label.Properties, node.Values), node.Sources!.Id]);
                }
            }

            _nodes.Flush();
            foreach (var relationship in plan.Relationships)
            {
                if (relationship.Live)
                {
                    var key = relationship.Key;
                    var definitions = file._model.RelationshipTypes[key.Type].Properties?.Properties ?? [];
                    _relationships.Add([relationship.Slot, file._typeCodes[key.Type], key.Start, key.End, _json.Write(definitions, relationship.Values), relationship.Sources!.Id]);
                }
            }

            _relationships.Flush();
        }

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
