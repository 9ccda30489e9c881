using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// Relationships by id (what a mutation wrote): matched from their start nodes, found through the id index of the
    /// labels their ids name, and their types, so the lookup never scans relationships. Ids that name no label or
    /// type of the model match nothing.
    /// </summary>
    private string RelationshipLookup(RelationshipLookupField lookup)
    {
        var parsed = lookup.Ids
            .Select(id => Identifiers.TryParseRelationshipId(id, out var type, out var start, out _) ? (Id: id, Type: _model.FindRelationshipType(type), Start: start) : default)
            .Where(p => p.Type is not null)
            .ToArray();
        var starts = parsed.Select(p => p.Start).Distinct(StringComparer.Ordinal).ToArray();
        var labels = LabelsOfIds(starts, _model.Labels);
        if (parsed.Length == 0 || labels.Count == 0)
        {
            return "[]";
        }

        var node = Fresh("m");
        var relationship = Fresh("r");
        var types = parsed.Select(p => p.Type!).Distinct().OrderBy(t => t.Ordinal).ToArray();
        return $"COLLECT {{ MATCH ({node}{LabelExpression(labels)})-[{relationship}{TypeExpression(types)}]->() "
            + $"WHERE {node}.{IdKey} IN {Parameter(starts)} AND {relationship}.{IdKey} IN {Parameter(parsed.Select(p => p.Id).ToArray())} "
            + $"RETURN {{{Key(ResponseKeys.Id)}: {relationship}.{IdKey}, {Key(ResponseKeys.Value)}: {RelationshipMap(relationship, lookup.Fields)}}} }}";
    }
}
