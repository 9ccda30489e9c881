using System.Diagnostics;
using System.Text;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.Store;

/// <summary>
/// The control for import and load: the same rows in the same table shapes, written with plain
/// multi-row parameterised INSERTs in the same transactions (one per batch, same pragmas), and
/// read back with a plain SqliteDataReader loop. Each batch's rows are prepared outside the
/// timed part; only the inserts and the commit are timed.
/// </summary>
internal sealed class RawSqliteControl : IDisposable
{
    private const int RowsPerStatement = 16;
    private readonly GraphModel _model;
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Stopwatch _watch = new();
    private int _relationshipSlot;

    public RawSqliteControl(GraphModel model, string path)
    {
        _model = model;
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Execute(_connection, """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
            CREATE TABLE nodes(slot INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label INTEGER NOT NULL, properties TEXT, sources INTEGER NOT NULL);
            CREATE TABLE relationships(slot INTEGER PRIMARY KEY, type INTEGER NOT NULL, start_slot INTEGER NOT NULL, end_slot INTEGER NOT NULL, properties TEXT, sources INTEGER NOT NULL);
            """);
    }

    /// <summary>Time spent inserting and committing.</summary>
    public TimeSpan Elapsed => _watch.Elapsed;

    public void Import(GraphBatch batch)
    {
        var nodes = new List<object?[]>();
        var relationships = new List<object?[]>();
        foreach (var operation in batch.Operations)
        {
            if (operation is NodeWrite node)
            {
                var slot = _slots[node.Id] = _slots.Count;
                nodes.Add([slot, node.Id, _model.FindLabel(node.Label)!.Ordinal, Json(node.Properties), 1]);
            }
            else if (operation is RelationshipWrite relationship)
            {
                relationships.Add([_relationshipSlot++, _model.FindRelationshipType(relationship.Type)!.Ordinal,
                    _slots[relationship.Start], _slots[relationship.End], relationship.Properties.Count == 0 ? null : Json(relationship.Properties), 1]);
            }
        }

        _watch.Start();
        using (var transaction = _connection.BeginTransaction())
        {
            Insert(_connection, transaction, "INSERT INTO nodes(slot, id, label, properties, sources) VALUES ", nodes);
            Insert(_connection, transaction, "INSERT INTO relationships(slot, type, start_slot, end_slot, properties, sources) VALUES ", relationships);
            transaction.Commit();
        }

        _watch.Stop();
    }

    public void Dispose() => _connection.Dispose();

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
