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
        using (var command = Command("SELECT slot, id, label, properties, sources FROM nodes ORDER BY slot", null))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var code = reader.GetInt64(2);
                var label = _labelsByCode.TryGetValue(code, out var ordinal)
                    ? ordinal
                    : throw new InvalidDataException($"Stored node '{reader.GetString(1)}' has label code {code}, which names no label of the type definitions.");
                loader.AddNode(
                    (int)reader.GetInt64(0),
                    reader.GetString(1),
                    label,
                    reader.IsDBNull(3) ? default : Utf8(reader, 3),
                    sourceLists[(int)reader.GetInt64(4)]);
            }
        }

        var (relationshipSlots, relationshipRows) = Extent("relationships");
        loader.BeginRelationships(relationshipSlots, relationshipRows);
        using (var command = Command("SELECT slot, type, start_slot, end_slot, properties, sources FROM relationships ORDER BY slot", null))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var code = reader.GetInt64(1);
                var type = _typesByCode.TryGetValue(code, out var ordinal)
                    ? ordinal
                    : throw new InvalidDataException($"Stored relationship slot {reader.GetInt64(0)} has type code {code}, which names no relationship type of the type definitions.");
                loader.AddRelationship(
                    (int)reader.GetInt64(0),
                    type,
                    (int)reader.GetInt64(2),
                    (int)reader.GetInt64(3),
                    reader.IsDBNull(4) ? default : Utf8(reader, 4),
                    sourceLists[(int)reader.GetInt64(5)]);
            }
        }

        loader.Finish();
    }

    /// <summary>The UTF-8 bytes of a text column, without building a .NET string.</summary>
    private static ReadOnlySpan<byte> Utf8(SqliteDataReader reader, int column) => reader.GetFieldValue<byte[]>(column);

    private Dictionary<int, SourceList> LoadSourceLists(SourceListInterner interner)
    {
        var lists = new Dictionary<int, SourceList>();
        using var command = Command("SELECT id, json FROM source_lists", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var json = reader.GetString(1);
            var list = new SourceList((int)reader.GetInt64(0), SourceJson.Read(json), json);
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
