using CoopGraph.Graph.Schema.Model;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// The durable record of the embedded store: one SQLite file in WAL mode. Nodes and
/// relationships are keyed by their integer slots, so loading reads integers rather than
/// resolving id strings; labels and relationship types are stored as small codes with a
/// table naming them, so editing the type definitions never reinterprets stored rows.
/// Source lists are interned into their own table: bulk data citing one list stores it once.
/// </summary>
internal sealed partial class SqliteGraphFile : IDisposable
{
    /// <summary>2: every node and relationship row carries its stamp (see <see cref="StampColumns"/>); a version-1 file gains the columns when opened for writing.</summary>
    public const long SchemaVersion = 2;

    /// <summary>The stamp of a fact: its version, and when (Unix milliseconds) and by whom it was created and last changed.</summary>
    private const string StampColumns = "version INTEGER, created_at INTEGER, created_by TEXT, updated_at INTEGER, updated_by TEXT";

    private const string Schema = $"""
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS labels(code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS relationship_types(code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS source_lists(id INTEGER PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes(
            slot INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            label INTEGER NOT NULL,
            properties TEXT,
            sources INTEGER NOT NULL,
            {StampColumns});
        CREATE TABLE IF NOT EXISTS relationships(
            slot INTEGER PRIMARY KEY,
            type INTEGER NOT NULL,
            start_slot INTEGER NOT NULL,
            end_slot INTEGER NOT NULL,
            properties TEXT,
            sources INTEGER NOT NULL,
            {StampColumns});
        CREATE TABLE IF NOT EXISTS idempotency_marks(
            key TEXT NOT NULL,
            field INTEGER NOT NULL,
            request_hash BLOB NOT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY(key, field)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS idempotency_marks_at ON idempotency_marks(at);
        CREATE TABLE IF NOT EXISTS idempotency_responses(
            key TEXT PRIMARY KEY,
            request_hash BLOB NOT NULL,
            status INTEGER NOT NULL,
            content_type TEXT NOT NULL,
            body BLOB NOT NULL,
            at INTEGER NOT NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS idempotency_responses_at ON idempotency_responses(at);
        """;

    private readonly SqliteConnection _connection;
    private readonly GraphModel _model;
    private readonly int[] _labelCodes;
    private readonly int[] _typeCodes;
    private readonly Dictionary<long, int> _labelsByCode = [];
    private readonly Dictionary<long, int> _typesByCode = [];
    private bool _hasStamps;
    private bool _hasIdempotencyTables = true;

    private SqliteGraphFile(SqliteConnection connection, GraphModel model, string path, bool readOnly)
    {
        _connection = connection;
        _model = model;
        Path = path;
        ReadOnly = readOnly;
        _labelCodes = new int[model.Labels.Count];
        _typeCodes = new int[model.RelationshipTypes.Count];
    }

    /// <summary>The file as given in the options, for messages.</summary>
    public string Path { get; }

    public bool ReadOnly { get; }

    /// <exception cref="DataFileException">The file is empty though it existed before, or (read-only) does not exist.</exception>
    public static SqliteGraphFile Open(GraphModel model, EmbeddedStoreOptions options)
    {
        if (options.DataPath != ":memory:")
        {
            CheckExistingFile(options);
            if (!options.ReadOnly && !File.Exists(options.DataPath))
            {
                CreateInitialised(model, options);
            }
        }

        return OpenAt(options.DataPath, model, options);
    }

    /// <summary>
    /// A new data file is built under a staging name and renamed into place once its tables exist: SQLite creates a
    /// file with no bytes and writes its header later, so a crash in between would otherwise leave a zero-length data
    /// file, which start-up must take for a truncated one. A crash before the rename leaves only the staging file,
    /// which the next start replaces.
    /// </summary>
    /// <remarks>The file's folder exists: the writer's lock beside the file (<see cref="DataFileLock"/>) was taken first.</remarks>
    private static void CreateInitialised(GraphModel model, EmbeddedStoreOptions options)
    {
        var staging = options.DataPath + ".new";
        foreach (var leftover in new[] { staging, staging + "-wal", staging + "-shm" })
        {
            File.Delete(leftover);
        }

        // Closing the only connection checkpoints the log into the file and removes it.
        OpenAt(staging, model, options).Dispose();
        File.Move(staging, options.DataPath);
    }

    private static SqliteGraphFile OpenAt(string path, GraphModel model, EmbeddedStoreOptions options)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        var file = new SqliteGraphFile(connection, model, options.DataPath, options.ReadOnly);
        try
        {
            if (!options.ReadOnly)
            {
                file.Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous={(options.SynchronousFull ? "FULL" : "NORMAL")};");
            }

            file.Prepare();
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _versionWrite?.Dispose();
        _connection.Dispose();
    }

    /// <summary>
    /// A file that exists with no bytes (and no write-ahead log to recover from) is a truncated data file, not a new
    /// one: SQLite would take it for an empty database and the server would seed it, hiding the loss.
    /// </summary>
    private static void CheckExistingFile(EmbeddedStoreOptions options)
    {
        var data = new FileInfo(options.DataPath);
        if (!data.Exists)
        {
            if (options.ReadOnly)
            {
                throw new DataFileException($"The data file {options.DataPath} does not exist; give the file to read with --data.");
            }

            return;
        }

        var log = new FileInfo(options.DataPath + "-wal");
        if (data.Length == 0 && (!log.Exists || log.Length == 0))
        {
            throw new DataFileException(
                $"The data file {options.DataPath} is empty (0 bytes), which a data file never is once created: it may have been truncated. "
                + "Restore it from a backup, or delete it to start a new graph from the seed.");
        }
    }

    private void Prepare()
    {
        if (ReadOnly)
        {
            PrepareReadOnly();
            return;
        }

        using var transaction = _connection.BeginTransaction();
        Execute(Schema, transaction);
        var stored = ReadMeta("schema_version", transaction);
        if (stored is null)
        {
            WriteMeta("schema_version", SchemaVersion, transaction);
        }
        else if (stored == 1)
        {
            // Rows written before stamps read as Unrecorded (version 1, by the seed).
            foreach (var table in new[] { "nodes", "relationships" })
            {
                foreach (var column in StampColumns.Split(", "))
                {
                    Execute($"ALTER TABLE {table} ADD COLUMN {column}", transaction);
                }
            }

            WriteMeta("schema_version", SchemaVersion, transaction);
        }
        else if (stored != SchemaVersion)
        {
            throw WrongSchemaVersion(stored.Value);
        }

        _hasStamps = true;

        MapCodes("labels", _model.Labels.Select(l => l.Name).ToArray(), _labelCodes, _labelsByCode, transaction);
        MapCodes("relationship_types", _model.RelationshipTypes.Select(t => t.Name).ToArray(), _typeCodes, _typesByCode, transaction);
        transaction.Commit();
    }

    /// <summary>Reads the stored codes only; a name the file does not know yet has no rows to read.</summary>
    private void PrepareReadOnly()
    {
        using (var command = Command("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", null))
        {
            if ((long)command.ExecuteScalar()! == 0)
            {
                throw new DataFileException($"The data file {Path} holds no CoopGraph graph (no meta table); give a data file the server or an import wrote.");
            }
        }

        var stored = ReadMeta("schema_version", null);
        if (stored is { } version && version != SchemaVersion && version != 1)
        {
            throw WrongSchemaVersion(version);
        }

        // A version-1 file read without migrating it: its rows have no stamps and it has no tables for retries.
        _hasStamps = stored != 1;
        _hasIdempotencyTables = stored != 1;

        MapCodes("labels", _model.Labels.Select(l => l.Name).ToArray(), _labelCodes, _labelsByCode, null);
        MapCodes("relationship_types", _model.RelationshipTypes.Select(t => t.Name).ToArray(), _typeCodes, _typesByCode, null);
    }

    private DataFileException WrongSchemaVersion(long stored) => new(
        $"The data file {Path} has schema version {stored}; this build reads version {SchemaVersion}. Use the build that wrote it, or export with it and import here.");

    /// <summary>Reads the stored name codes and gives new names (new in the type definitions) the next free code.</summary>
    private void MapCodes(string table, string[] names, int[] codes, Dictionary<long, int> ordinals, SqliteTransaction? transaction)
    {
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var command = Command($"SELECT code, name FROM {table}", transaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                byName[reader.GetString(1)] = reader.GetInt64(0);
            }
        }

        var next = byName.Count == 0 ? 0 : byName.Values.Max() + 1;
        for (var ordinal = 0; ordinal < names.Length; ordinal++)
        {
            if (!byName.TryGetValue(names[ordinal], out var code))
            {
                code = next++;
                if (transaction is null)
                {
                    // Read-only: no stored row can carry a code the file never gave out.
                    codes[ordinal] = (int)code;
                    continue;
                }

                using var insert = Command($"INSERT INTO {table}(code, name) VALUES ($code, $name)", transaction);
                insert.Parameters.AddWithValue("$code", code);
                insert.Parameters.AddWithValue("$name", names[ordinal]);
                insert.ExecuteNonQuery();
            }

            codes[ordinal] = (int)code;
            ordinals[code] = ordinal;
        }
    }

    private long? ReadMeta(string key, SqliteTransaction? transaction)
    {
        using var command = Command("SELECT value FROM meta WHERE key = $key", transaction);
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() is long value ? value : null;
    }

    private void WriteMeta(string key, long value, SqliteTransaction transaction)
    {
        using var command = Command("INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", transaction);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
