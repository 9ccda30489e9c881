using System.Runtime.CompilerServices;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        var labels = string.Join("|", Model.Labels.Select(l => CypherNames.Escape(l.Name)));
        var result = await Client.RunAsync(new CypherStatement($"RETURN NOT EXISTS {{ MATCH (n:{labels}) }} AS empty"), Neo4jAccessMode.Read, cancellationToken)
            .ConfigureAwait(false);
        return (bool)result.Value(0, "empty")!;
    }

    /// <summary>Every node, ordered by id: label by label in the order of their id prefixes, each paged by id (an index seek per page).</summary>
    public async IAsyncEnumerable<NodeWrite> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var label in Model.Labels.OrderBy(l => l.IdPrefix + ":", StringComparer.Ordinal))
        {
            var text = $"MATCH (n:{CypherNames.Escape(label.Name)}) WHERE n.id > $after RETURN n.id AS id, properties(n) AS props ORDER BY n.id LIMIT $limit";
            await foreach (var row in PagesAsync(text, cancellationToken).ConfigureAwait(false))
            {
                var props = (IReadOnlyDictionary<string, object?>)row[1]!;
                yield return new NodeWrite((string)row[0]!, label.Name, StoredValues.Decode(props, label.Properties), StoredValues.DecodeSources(props));
            }
        }
    }

    /// <summary>Every relationship, ordered by id (<c>TYPE:start:end</c>): type by type, each paged by its stored id.</summary>
    public async IAsyncEnumerable<RelationshipWrite> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var type in Model.RelationshipTypes.OrderBy(t => t.Name + ":", StringComparer.Ordinal))
        {
            var text = $"MATCH (a)-[r:{CypherNames.Escape(type.Name)}]->(b) WHERE r.id > $after "
                + "RETURN r.id AS id, a.id AS start, b.id AS end, properties(r) AS props ORDER BY r.id LIMIT $limit";
            await foreach (var row in PagesAsync(text, cancellationToken).ConfigureAwait(false))
            {
                var props = (IReadOnlyDictionary<string, object?>)row[3]!;
                yield return new RelationshipWrite(
                    type.Name, (string)row[1]!, (string)row[2]!,
                    StoredValues.Decode(props, type.Properties?.Properties ?? []), StoredValues.DecodeSources(props));
            }
        }
    }

    /// <summary>Keyset paging on the first column (the id), so a page never shifts when rows change elsewhere.</summary>
    private async IAsyncEnumerable<IReadOnlyList<object?>> PagesAsync(string text, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageSize = Math.Min(Client.Options.BatchSize, Client.Options.MaxRows);
        var after = string.Empty;
        while (true)
        {
            var parameters = new Dictionary<string, object?> { ["after"] = after, ["limit"] = (long)pageSize };
            var page = await Client.RunAsync(new CypherStatement(text, parameters), Neo4jAccessMode.Read, cancellationToken).ConfigureAwait(false);
            foreach (var row in page.Rows)
            {
                yield return row;
            }

            if (page.Rows.Count < pageSize)
            {
                yield break;
            }

            after = (string)page.Rows[^1][0]!;
        }
    }
}
