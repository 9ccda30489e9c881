using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// A prepared multi-row statement (<c>INSERT ... VALUES (?,?),(?,?) ...</c>) driven through the
/// SQLite handle of the connection, prepared once per connection. Rows are collected in a
/// reusable buffer and bound by position when a full statement's worth is there: binding by
/// name costs a name lookup and a UTF-8 copy of the name per parameter per execution, which
/// dominates bulk writes. Text arrives as UTF-8 bytes, so JSON never becomes a .NET string.
/// The last, partial statement gets its own prepared statement, cached by row count.
/// Runs inside the caller's transaction (an open <see cref="SqliteTransaction"/> on the same connection).
/// </summary>
internal sealed class MultiRowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly string _prefix;
    private readonly string _suffix;
    private readonly int _columns;
    private readonly int _rowsPerStatement;
    private readonly Dictionary<int, sqlite3_stmt> _statements = [];
    private readonly Cell[] _cells;
    private readonly ArrayBufferWriter<byte> _text = new(4096);
    private int _cell;

    public MultiRowStatement(SqliteConnection connection, string prefix, int columns, string suffix = "", int rowsPerStatement = 64)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        _prefix = prefix;
        _suffix = suffix;
        _columns = columns;
        _rowsPerStatement = rowsPerStatement;
        _cells = new Cell[columns * rowsPerStatement];
    }

    private enum CellKind : byte
    {
        Null,
        Integer,
        Text,
    }

    public MultiRowStatement Integer(long value)
    {
        _cells[_cell++] = new Cell(CellKind.Integer, value, 0);
        return this;
    }

    public MultiRowStatement Text(ReadOnlySpan<byte> utf8)
    {
        var offset = _text.WrittenCount;
        utf8.CopyTo(_text.GetSpan(utf8.Length));
        _text.Advance(utf8.Length);
        _cells[_cell++] = new Cell(CellKind.Text, offset, utf8.Length);
        return this;
    }

    public MultiRowStatement Text(string? text)
    {
        if (text is null)
        {
            return Null();
        }

        var offset = _text.WrittenCount;
        var length = Encoding.UTF8.GetBytes(text, _text.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _text.Advance(length);
        _cells[_cell++] = new Cell(CellKind.Text, offset, length);
        return this;
    }

    public MultiRowStatement Null()
    {
        _cells[_cell++] = new Cell(CellKind.Null, 0, 0);
        return this;
    }

    /// <summary>Forgets rows a failed transaction left behind.</summary>
    public void Clear()
    {
        _cell = 0;
        _text.ResetWrittenCount();
    }

    /// <summary>Closes a row; sends a full statement when the buffer holds one.</summary>
    public void EndRow()
    {
        if (_cell % _columns != 0)
        {
            throw new InvalidOperationException($"A row has {_columns} values; {_cell % _columns} were given.");
        }

        if (_cell == _cells.Length)
        {
            Execute(_rowsPerStatement);
        }
    }

    /// <summary>Sends the rows of a partial statement.</summary>
    public void Flush()
    {
        if (_cell > 0)
        {
            Execute(_cell / _columns);
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }

    private void Execute(int rows)
    {
        var statement = Statement(rows);
        var text = _text.WrittenSpan;
        for (var i = 0; i < rows * _columns; i++)
        {
            var cell = _cells[i];
            var rc = cell.Kind switch
            {
                CellKind.Integer => raw.sqlite3_bind_int64(statement, i + 1, cell.Value),
                CellKind.Text => raw.sqlite3_bind_text(statement, i + 1, text.Slice((int)cell.Value, cell.Length)),
                _ => raw.sqlite3_bind_null(statement, i + 1),
            };
            Check(rc);
        }

        var step = raw.sqlite3_step(statement);
        var reset = raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step);
        }

        Check(reset);
        _cell = 0;
        _text.ResetWrittenCount();
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private sqlite3_stmt Statement(int rows)
    {
        if (_statements.TryGetValue(rows, out var cached))
        {
            return cached;
        }

        var sql = new StringBuilder(_prefix);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var column = 0; column < _columns; column++)
            {
                sql.Append(column == 0 ? "?" : ",?");
            }

            sql.Append(')');
        }

        sql.Append(_suffix);
        Check(raw.sqlite3_prepare_v2(_db, sql.ToString(), out var statement));
        _statements[rows] = statement;
        return statement;
    }

    /// <summary>An integer, or for text the offset and length of its bytes in the row buffer.</summary>
    private readonly record struct Cell(CellKind Kind, long Value, int Length);
}
