using System.Text;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.Store;

/// <summary>
/// The control for import and load: the same rows in the same table shapes, written with plain
/// multi-row parameterised INSERTs in the same transactions (one per batch, same pragmas), and
/// read back with a plain SqliteDataReader loop. Rows are prepared before timing.
/// </summary>
internal sealed class RawSqliteControl
{
    private const int RowsPerStatement = 16;
    private readonly List<List<object?[]>> _nodeRows = [];
    private readonly List<List<object?[]>> _relationshipRows = [];

    public RawSqliteControl(GraphModel model, IEnumerable<GraphBatch> batches)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var relationshipSlot = 0;
        foreach (var batch in batches)
        {
            var nodes = new List<object?[]>();
            var relationships = new List<object?[]>();
            foreach (var operation in batch.Operations)
            {
                if (operation is NodeWrite node)
                {
                    var slot = slots[node.Id] = slots.Count;
                    nodes.Add([slot, node.Id, model.FindLabel(node.Label)!.Ordinal, Json(node.Properties), 1]);
                }
                else if (operation is RelationshipWrite relationship)
                {
                    relationships.Add([relationshipSlot++, model.FindRelationshipType(relationship.Type)!.Ordinal,
                        slots[relationship.Start], slots[relationship.End], relationship.Properties.Count == 0 ? null : Json(relationship.Properties), 1]);
                }
            }

            _nodeRows.Add(nodes);
            _relationshipRows.Add(relationships);
        }
    }

    public int RelationshipCount => _relationshipRows.Sum(r => r.Count);

    public void Import(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
            CREATE TABLE nodes(slot INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label INTEGER NOT NULL, properties TEXT, sources INTEGER NOT NULL);
            CREATE TABLE relationships(slot INTEGER PRIMARY KEY, type INTEGER NOT NULL, start_slot INTEGER NOT NULL, end_slot INTEGER NOT NULL, properties TEXT, sources INTEGER NOT NULL);
            """);
        for (var batch = 0; batch < _nodeRows.Count; batch++)
        {
            using var transaction = connection.BeginTransaction();
            Insert(connection, transaction, "INSERT INTO nodes(slot, id, label, properties, sources) VALUES ", _nodeRows[batch]);
            Insert(connection, transaction, "INSERT INTO relationships(slot, type, start_slot, end_slot, properties, sources) VALUES ", _relationshipRows[batch]);
            transaction.Commit();
        }
    }

    /// <summary>Reads every column of every row of both tables, as the store's loader does; returns the row count.</summary>
    public static long Read(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long rows = 0;
        long checksum = 0;
        using (var command = new SqliteCommand("SELECT slot, id, label, properties, sources FROM nodes ORDER BY slot", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                checksum += reader.GetInt64(0) + reader.GetString(1).Length + reader.GetInt64(2) + reader.GetInt64(4)
                    + (reader.IsDBNull(3) ? 0 : reader.GetFieldValue<byte[]>(3).Length);
                rows++;
            }
        }

        using (var command = new SqliteCommand("SELECT slot, type, start_slot, end_slot, properties, sources FROM relationships ORDER BY slot", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                checksum += reader.GetInt64(0) + reader.GetInt64(1) + reader.GetInt64(2) + reader.GetInt64(3) + reader.GetInt64(5)
                    + (reader.IsDBNull(4) ? 0 : reader.GetFieldValue<byte[]>(4).Length);
                rows++;
            }
        }

        return checksum == long.MinValue ? -1 : rows;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, string prefix, List<object?[]> rows)
    {
        var commands = new Dictionary<int, SqliteCommand>();
        for (var first = 0; first < rows.Count; first += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - first);
            var columns = rows[first].Length;
            if (!commands.TryGetValue(count, out var command))
            {
                commands[count] = command = Prepare(connection, prefix, count, columns);
            }

            command.Transaction = transaction;
            for (var row = 0; row < count; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    command.Parameters[(row * columns) + column].Value = rows[first + row][column] ?? DBNull.Value;
                }
            }

            command.ExecuteNonQuery();
        }

        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string prefix, int rows, int columns)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(prefix);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < columns; column++)
            {
                var name = $"$p{(row * columns) + column}";
                sql.Append(column == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    private static string Json(IReadOnlyDictionary<string, object?> properties) =>
        System.Text.Json.JsonSerializer.Serialize(properties.ToDictionary(p => p.Key, p => p.Value?.ToString()));

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
