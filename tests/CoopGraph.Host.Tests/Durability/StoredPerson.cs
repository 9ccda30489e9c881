using System.Text.Json;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>A Person as a read returned it: version, description and the ids of its spouses (MARRIED_TO either way).</summary>
internal sealed record StoredPerson(string Id, int Version, string? Description, IReadOnlySet<string> Spouses)
{
    /// <summary>Ids per request: well inside the API's cost limit, even with each person's spouses.</summary>
    private const int IdsPerRequest = 100;

    /// <summary>Every id asked, mapped to the Person or to null when there is none; each chunk of ids is one request, one snapshot.</summary>
    public static async Task<IReadOnlyDictionary<string, StoredPerson?>> ReadAsync(EditorEndpoint api, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, StoredPerson?>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(IdsPerRequest))
        {
            var nodes = (await api.DataAsync(PersonWrites.Read, PersonWrites.ReadVariables(chunk))).GetProperty("nodes");
            for (var i = 0; i < chunk.Length; i++)
            {
                found[chunk[i]] = nodes[i].ValueKind == JsonValueKind.Null ? null : Parse(nodes[i]);
            }
        }

        return found;
    }

    private static StoredPerson Parse(JsonElement node) => new(
        node.GetProperty("id").GetString()!,
        node.GetProperty("version").GetInt32(),
        node.GetProperty("description").GetString(),
        node.GetProperty("spouses").GetProperty("nodes").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal));
}
