using System.Text;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// A prepared multi-row statement (<c>INSERT ... VALUES (...),(...) ...</c>): rows are bound
/// as parameters and sent a full statement at a time, which SQLite executes several times
/// faster than one row per statement. The last, partial statement gets its own prepared
/// command, cached by row count.
/// </summary>
internal sealed class MultiRowCommand : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly int _columns;
    private readonly int _rowsPerStatement;
    private readonly Dictionary<int, SqliteCommand> _commands = [];
    private readonly SqliteCommand _full;
    private SqliteTransaction? _transaction;
    private int _pending;

    public MultiRowCommand(SqliteConnection connection, string prefix, int columns, string suffix = "", int rowsPerStatement = 16)
    {
        _connection = connection;
        _prefix = prefix;
        _suffix = suffix;
        _columns = columns;
        _rowsPerStatement = rowsPerStatement;
        _full = Command(rowsPerStatement);
    }

    public void Begin(SqliteTransaction transaction)
    {
        _transaction = transaction;
        _pending = 0;
    }

    public void Add(ReadOnlySpan<object?> row)
    {
        var parameters = _full.Parameters;
        var offset = _pending * _columns;
        for (var i = 0; i < row.Length; i++)
        {
            parameters[offset + i].Value = row[i] ?? DBNull.Value;
        }

        if (++_pending == _rowsPerStatement)
        {
            Execute(_full);
            _pending = 0;
        }
    }

    /// <summary>Sends the rows of a partial statement.</summary>
    public void Flush()
    {
        if (_pending == 0)
        {
            return;
        }

        var partial = Command(_pending);
        for (var i = 0; i < _pending * _columns; i++)
        {
            partial.Parameters[i].Value = _full.Parameters[i].Value;
        }

        Execute(partial);
        _pending = 0;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private void Execute(SqliteCommand command)
    {
        command.Transaction = _transaction;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(int rows)
    {
        if (_commands.TryGetValue(rows, out var cached))
        {
            return cached;
        }

        var sql = new StringBuilder(_prefix);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < _columns; column++)
            {
                var index = (row * _columns) + column;
                sql.Append(column == 0 ? "$p" : ",$p").Append(index);
            }

            sql.Append(')');
        }

        sql.Append(_suffix);
        var command = _connection.CreateCommand();
        command.CommandText = sql.ToString();
        for (var i = 0; i < rows * _columns; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        _commands[rows] = command;
        return command;
    }
}
