using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.Traversal;

/// <summary>The same k-hop counts as SQLite recursive CTEs (UNION, depth cap) over an edge table holding both directions.</summary>
internal sealed class SqliteHops : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _count;

    private SqliteHops(SqliteConnection connection)
    {
        _connection = connection;
        _count = connection.CreateCommand();
        _count.CommandText = """
            WITH RECURSIVE hop(node, depth) AS (
              SELECT $start, 0
              UNION
              SELECT e.dst, h.depth + 1 FROM hop h JOIN edges e ON e.src = h.node WHERE h.depth < $depth)
            SELECT count(DISTINCT node) FROM hop
            """;
        _count.Parameters.Add("$start", SqliteType.Integer);
        _count.Parameters.Add("$depth", SqliteType.Integer);
        _count.Prepare();
    }

    public static SqliteHops Create(string path, int[] starts, int[] ends)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE edges(src INTEGER NOT NULL, dst INTEGER NOT NULL);");
        const int Batch = 100_000;
        for (var offset = 0; offset < starts.Length; offset += Batch)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO edges(src, dst) VALUES ($a, $b), ($b, $a)";
            var a = insert.Parameters.Add("$a", SqliteType.Integer);
            var b = insert.Parameters.Add("$b", SqliteType.Integer);
            insert.Prepare();
            for (var i = offset; i < Math.Min(starts.Length, offset + Batch); i++)
            {
                a.Value = starts[i];
                b.Value = ends[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute(connection, "CREATE INDEX edges_src ON edges(src, dst); ANALYZE;");
        return new SqliteHops(connection);
    }

    public long Count(int start, int depth)
    {
        _count.Parameters["$start"].Value = start;
        _count.Parameters["$depth"].Value = depth;
        return (long)_count.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _count.Dispose();
        _connection.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
