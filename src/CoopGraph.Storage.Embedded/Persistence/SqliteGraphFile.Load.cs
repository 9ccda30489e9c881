using CoopGraph.Storage.Embedded.Memory;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>Cold load: one ordered pass per table straight into the memory's bulk builder.</summary>
internal sealed partial class SqliteGraphFile
{
    public void Load(GraphMemory memory, SourceListInterner interner)
    {
        var version = StoredVersion();
        var sourceLists = LoadSourceLists(interner);
        var loader = new GraphLoader(memory, version);

        var (nodeSlots, nodeRows) = Extent("nodes");
        loader.BeginNodes(nodeSlots, nodeRows);
        var stamps = new StampReader();
        using (var command = Command($"SELECT slot, id, label, properties, sources, {StampSelection} FROM nodes ORDER BY slot", null))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var slot = reader.GetInt64(0);
                var id = reader.IsDBNull(1) ? $"(slot {slot})" : reader.GetString(1);
                try
                {
                    var code = reader.GetInt64(2);
                    var label = _labelsByCode.TryGetValue(code, out var ordinal)
                        ? ordinal
                        : throw new InvalidDataException($"label code {code} names no label of the type definitions");
                    loader.AddNode((int)slot, id, label, reader.IsDBNull(3) ? default : Utf8(reader, 3), SourceListOf(sourceLists, reader.GetInt64(4)), stamps.Read(reader, 5));
                }
                catch (Exception e) when (IsUnreadableRow(e))
                {
                    throw UnreadableRow($"node '{id}' (nodes row, slot {slot})", e);
                }
            }
        }

        var (relationshipSlots, relationshipRows) = Extent("relationships");
        loader.BeginRelationships(relationshipSlots, relationshipRows);
        using (var command = Command($"SELECT slot, type, start_slot, end_slot, properties, sources, {StampSelection} FROM relationships ORDER BY slot", null))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var slot = reader.GetInt64(0);
                try
                {
                    var code = reader.GetInt64(1);
                    var type = _typesByCode.TryGetValue(code, out var ordinal)
                        ? ordinal
                        : throw new InvalidDataException($"type code {code} names no relationship type of the type definitions");
                    loader.AddRelationship(
                        (int)slot,
                        type,
                        (int)reader.GetInt64(2),
                        (int)reader.GetInt64(3),
                        reader.IsDBNull(4) ? default : Utf8(reader, 4),
                        SourceListOf(sourceLists, reader.GetInt64(5)),
                        stamps.Read(reader, 6));
                }
                catch (Exception e) when (IsUnreadableRow(e))
                {
                    throw UnreadableRow($"the relationship in slot {slot} (relationships row) from node slot {reader.GetInt64(2)} to {reader.GetInt64(3)}", e);
                }
            }
        }

        try
        {
            loader.Finish();
        }
        catch (InvalidDataException e)
        {
            throw UnreadableRow("the relationships", e);
        }
    }

    private string StampSelection => _hasStamps ? "version, created_at, created_by, updated_at, updated_by" : "NULL, NULL, NULL, NULL, NULL";

    /// <summary>What a damaged or hand-edited row throws while it is read; anything else is a fault of this build.</summary>
    private static bool IsUnreadableRow(Exception e) =>
        e is System.Text.Json.JsonException or InvalidDataException or FormatException or InvalidCastException or KeyNotFoundException or IndexOutOfRangeException;

    private DataFileException UnreadableRow(string row, Exception e) => new(
        $"The data file {Path} cannot be read at {row}: {OneLine(e.Message)}. "
        + "Restore the file from a backup, or fix or delete that row with sqlite3 and start again.",
        e);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").TrimEnd('.');

    private static SourceList SourceListOf(Dictionary<int, SourceList> lists, long id) =>
        lists.TryGetValue((int)id, out var list) ? list : throw new InvalidDataException($"source list {id} is not stored");

    /// <summary>The UTF-8 bytes of a text column, without building a .NET string.</summary>
    private static ReadOnlySpan<byte> Utf8(SqliteDataReader reader, int column) => reader.GetFieldValue<byte[]>(column);

    private Dictionary<int, SourceList> LoadSourceLists(SourceListInterner interner)
    {
        var lists = new Dictionary<int, SourceList>();
        using var command = Command("SELECT id, json FROM source_lists", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var json = reader.GetString(1);
            SourceList list;
            try
            {
                list = new SourceList((int)id, SourceJson.Read(json), json);
            }
            catch (Exception e) when (IsUnreadableRow(e))
            {
                throw UnreadableRow($"source list {id} (source_lists row)", e);
            }

            lists[list.Id] = list;
            interner.Add(list);
        }

        return lists;
    }

    private (int Slots, int Rows) Extent(string table)
    {
        using var command = Command($"SELECT COALESCE(MAX(slot) + 1, 0), COUNT(*) FROM {table}", null);
        using var reader = command.ExecuteReader();
        reader.Read();
        return ((int)reader.GetInt64(0), (int)reader.GetInt64(1));
    }
}
