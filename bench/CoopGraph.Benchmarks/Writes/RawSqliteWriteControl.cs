using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.Writes;

/// <summary>
/// The control for durable writes: plain Microsoft.Data.Sqlite on its own file, WAL and synchronous=FULL like the store,
/// rows of the same shape (id, label code, JSON properties, sources id) through prepared INSERTs. One writer; for single
/// facts one transaction (so one fsync) per row, whatever the store's client count, because that is what a store without
/// group commit pays; for a change set one transaction of all its rows.
/// </summary>
internal sealed class RawSqliteWriteControl : IDisposable
{
    private const string Properties = """{"name":"Bench {0}","description":"A person written by the write benchmark."}""";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _node;
    private readonly SqliteCommand _relationship;
    private long _nodeSlot;
    private long _relationshipSlot;

    public RawSqliteWriteControl(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        using (var setup = new SqliteCommand(
            """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
            CREATE TABLE nodes(slot INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label INTEGER NOT NULL, properties TEXT, sources INTEGER NOT NULL);
            CREATE TABLE relationships(slot INTEGER PRIMARY KEY, type INTEGER NOT NULL, start_slot INTEGER NOT NULL, end_slot INTEGER NOT NULL, properties TEXT, sources INTEGER NOT NULL);
            """,
            _connection))
        {
            setup.ExecuteNonQuery();
        }

        _node = Prepare("INSERT INTO nodes(slot, id, label, properties, sources) VALUES ($slot, $id, 3, $properties, 1)", "$slot", "$id", "$properties");
        _relationship = Prepare("INSERT INTO relationships(slot, type, start_slot, end_slot, properties, sources) VALUES ($slot, 7, $start, $end, NULL, 1)", "$slot", "$start", "$end");
    }

    /// <summary>One row per transaction, back to back, for the duration.</summary>
    public LoadResult WriteRows(string name, TimeSpan duration)
    {
        var latencies = new List<double>();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; Stopwatch.GetElapsedTime(started) < duration; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            using (var transaction = _connection.BeginTransaction())
            {
                InsertNode($"{name}-{i}", transaction);
                transaction.Commit();
            }

            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        return new LoadResult(latencies.Count, Stopwatch.GetElapsedTime(started), latencies);
    }

    /// <summary>The rows of a change set of <paramref name="people"/> people and as many relationships, in one transaction; returns its time.</summary>
    public TimeSpan WriteChangeSet(string name, int people)
    {
        var started = Stopwatch.GetTimestamp();
        using (var transaction = _connection.BeginTransaction())
        {
            var first = _nodeSlot;
            for (var i = 0; i < people; i++)
            {
                InsertNode($"{name}-{i}", transaction);
            }

            for (var i = 0; i < people; i++)
            {
                _relationship.Transaction = transaction;
                _relationship.Parameters[0].Value = _relationshipSlot++;
                _relationship.Parameters[1].Value = first + i;
                _relationship.Parameters[2].Value = first + ((i + 1) % people);
                _relationship.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return Stopwatch.GetElapsedTime(started);
    }

    public void Dispose()
    {
        _node.Dispose();
        _relationship.Dispose();
        _connection.Dispose();
    }

    private void InsertNode(string key, SqliteTransaction transaction)
    {
        _node.Transaction = transaction;
        _node.Parameters[0].Value = _nodeSlot++;
        _node.Parameters[1].Value = "person:bench-" + key;
        _node.Parameters[2].Value = Properties.Replace("{0}", key, StringComparison.Ordinal);
        _node.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = new SqliteCommand(sql, _connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter(parameter, null));
        }

        command.Prepare();
        return command;
    }
}
