using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    private void WriteEntityList(EntityListField list, int parent)
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
        writer.WriteStartArray();
        foreach (var row in rows.Take(list.Limit))
        {
            WriteEntity(row.Row, list.Projection);
        }

        writer.WriteEndArray();
    }

    private void WriteRelationshipList(RelationshipListField list, int parent)
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

        writer.WriteStartArray();
        foreach (var relationship in relationships.Values.Take(list.Limit))
        {
            WriteRelationship(relationship, list.Fields);
        }

        writer.WriteEndArray();
    }

    private void AddRelationships(SortedDictionary<string, int> relationships, ReadOnlySpan<AdjacencyEntry> entries)
    {
        foreach (var entry in entries)
        {
            Tick();
            relationships.TryAdd(snapshot.GetRelationshipId(entry.Relationship), entry.Relationship);
        }
    }

    private void WriteRelationship(int relationship, IReadOnlyList<OutputField> fields)
    {
        var type = snapshot.GetRelationshipType(relationship);
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            writer.WritePropertyName(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case RelationshipValueField { Value: RelationshipValue.Id }:
                    writer.WriteStringValue(snapshot.GetRelationshipId(relationship));
                    break;
                case RelationshipValueField { Value: RelationshipValue.Type }:
                    writer.WriteStringValue(type.Name);
                    break;
                case RelationshipValueField { Value: RelationshipValue.Properties }:
                    WritePropertiesObject(type.Properties?.Properties ?? [], p => snapshot.GetRelationshipProperty(relationship, p));
                    break;
                case RelationshipEndField end:
                    WriteEntity(Row.Of(end.Start ? snapshot.GetStart(relationship) : snapshot.GetEnd(relationship)), end.Projection);
                    break;
                case SourcesField sources:
                    WriteSources(snapshot.GetRelationshipSources(relationship), sources.Fields);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteSearch(SearchField search)
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
        writer.WriteStartArray();
        foreach (var hit in hits.Take(search.Limit))
        {
            writer.WriteStartObject();
            foreach (var field in search.Fields)
            {
                writer.WritePropertyName(field.ResponseName);
                switch (field)
                {
                    case TypenameField typename:
                        writer.WriteStringValue(typename.TypeName);
                        break;
                    case SearchScoreField:
                        writer.WriteNumberValue(hit.Score);
                        break;
                    case NodesField node:
                        WriteEntity(Row.Of(hit.Node), node.Projection);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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
