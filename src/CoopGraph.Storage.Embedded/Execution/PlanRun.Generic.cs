using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    private List<EntityRow> EntityList(EntityListField list, int parent)
    {
        // A neighbour reached through several relationships is listed once.
        var seen = new HashSet<int>();
        var rows = new List<KeyedRow>();
        foreach (var row in Rows(list.Source, parent))
        {
            if (seen.Add(row.Node))
            {
                rows.Add(Keyed(Row.Of(row.Node), list.Order, withRelationship: false));
            }
        }

        rows.Sort(new KeyedRowComparer(this, list.Order));
        return rows.Take(list.Limit).Select(r => new EntityRow(r.Row.Node, r.Id)).ToList();
    }

    /// <summary>The parent's relationships of the list's types and direction, ordered by relationship id.</summary>
    private List<int> RelationshipList(RelationshipListField list, int parent)
    {
        var relationships = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var outgoing in Directions(list.Direction))
        {
            if (list.Types is null)
            {
                AddRelationships(relationships, snapshot.GetAdjacency(parent, outgoing));
            }
            else
            {
                foreach (var type in list.Types)
                {
                    AddRelationships(relationships, snapshot.GetAdjacency(parent, outgoing, type));
                }
            }
        }

        return relationships.Values.Take(list.Limit).ToList();
    }

    private void AddRelationships(SortedDictionary<string, int> relationships, ReadOnlySpan<AdjacencyEntry> entries)
    {
        foreach (var entry in entries)
        {
            Tick();
            relationships.TryAdd(snapshot.GetRelationshipId(entry.Relationship), entry.Relationship);
        }
    }

    /// <summary>The hits, best first, ties by id, at most the field's limit.</summary>
    private List<TraversalResult> SearchHits(SearchField search)
    {
        var hits = new List<(double Score, string Id, int Node)>();
        foreach (var label in search.Labels)
        {
            foreach (var node in snapshot.ScanLabel(label))
            {
                Tick();
                var score = SearchScore(node, label, search.FoldedText);
                if (score > 0)
                {
                    hits.Add((score, snapshot.GetNodeId(node), node));
                }
            }
        }

        hits.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Id, b.Id));
        return hits.Take(search.Limit).Select(h => TraversalResult.Scored(h.Node, h.Score)).ToList();
    }

    /// <summary>
    /// The best match over the searchable properties: an exact match scores 4, a prefix 3,
    /// a word prefix 2, a substring 1; the display property counts double.
    /// </summary>
    private double SearchScore(int node, NodeType label, string text)
    {
        var best = 0.0;
        foreach (var property in label.Searchable)
        {
            if (snapshot.GetFoldedString(node, property) is not { } value)
            {
                continue;
            }

            var score = Planning.SearchMatch.Score(value, text) * (ReferenceEquals(property, label.Display) ? 2 : 1);
            best = Math.Max(best, score);
        }

        return best;
    }
}
