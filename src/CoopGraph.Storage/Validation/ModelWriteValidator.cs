using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Validation;

/// <summary>
/// Checks a batch against the model alone (labels, ids, properties, value types, allowed
/// relationship ends, sources present) and returns it with canonical values. Checks that
/// need the stored graph (dangling ends, unique values, existing sources) belong to the store.
/// Every store runs this first, so both enforce the model the same way.
/// </summary>
public static class ModelWriteValidator
{
    public const string SourceLabel = "Source";

    public static (IReadOnlyList<GraphWrite> Canonical, IReadOnlyList<WriteError> Errors) Validate(GraphModel model, GraphBatch batch)
    {
        var errors = new List<WriteError>();
        var canonical = new List<GraphWrite>(batch.Count);
        for (var i = 0; i < batch.Operations.Count; i++)
        {
            var operation = batch.Operations[i];
            canonical.Add(operation switch
            {
                NodeWrite node => ValidateNode(model, node, i, errors),
                RelationshipWrite rel => ValidateRelationship(model, rel, i, errors),
                DeleteNode delete => ValidateDelete(model, delete, i, errors),
                DeleteRelationship delete => ValidateRelationshipId(delete.Id, i, errors),
                _ => throw new ArgumentException($"Unknown write {operation.GetType().Name}.", nameof(batch)),
            });
        }

        return (canonical, errors);
    }

    private static NodeType? ValidateNodeId(GraphModel model, string id, int index, List<WriteError> errors)
    {
        if (!Identifiers.IsNodeId(id))
        {
            errors.Add(new WriteError(index, "BAD_ID", $"'{id}' is not a node id: ids are '<label>:<key>' in lower-case kebab-case, e.g. 'province:quang-nam'."));
            return null;
        }

        var label = model.LabelOfId(id);
        if (label is null)
        {
            errors.Add(new WriteError(index, "BAD_ID", $"'{id}' does not start with the id prefix of a label."));
        }

        return label;
    }

    private static DeleteNode ValidateDelete(GraphModel model, DeleteNode delete, int index, List<WriteError> errors)
    {
        ValidateNodeId(model, delete.Id, index, errors);
        return delete;
    }

    private static DeleteRelationship ValidateRelationshipId(string id, int index, List<WriteError> errors)
    {
        if (!Identifiers.TryParseRelationshipId(id, out _, out _, out _))
        {
            errors.Add(new WriteError(index, "BAD_ID", $"'{id}' is not a relationship id ('<TYPE>:<start id>:<end id>')."));
        }

        return new DeleteRelationship(id);
    }

    private static NodeWrite ValidateNode(GraphModel model, NodeWrite node, int index, List<WriteError> errors)
    {
        var label = model.FindLabel(node.Label);
        if (label is null)
        {
            errors.Add(new WriteError(index, "UNKNOWN_LABEL", $"Unknown label '{node.Label}' (node '{node.Id}')."));
            return node;
        }

        var idLabel = ValidateNodeId(model, node.Id, index, errors);
        if (idLabel is not null && idLabel != label)
        {
            errors.Add(new WriteError(index, "BAD_ID", $"Node '{node.Id}' has label {label.Name}, so its id must start with '{label.IdPrefix}:'."));
        }

        var values = ValidateProperties(label.Properties, label.FindProperty, node.Properties, $"{label.Name} '{node.Id}'", index, errors);
        ValidateSources(node.Sources, $"node '{node.Id}'", index, errors);
        return node with { Properties = values };
    }

    private static RelationshipWrite ValidateRelationship(GraphModel model, RelationshipWrite rel, int index, List<WriteError> errors)
    {
        var type = model.FindRelationshipType(rel.Type);
        var startLabel = ValidateNodeId(model, rel.Start, index, errors);
        var endLabel = ValidateNodeId(model, rel.End, index, errors);
        if (type is null)
        {
            errors.Add(new WriteError(index, "UNKNOWN_RELATIONSHIP_TYPE", $"Unknown relationship type '{rel.Type}'."));
            return rel;
        }

        if (startLabel is not null && endLabel is not null && !type.Allows(startLabel.Name, endLabel.Name))
        {
            errors.Add(new WriteError(index, "RELATIONSHIP_NOT_ALLOWED",
                $"{rel.Type} cannot go from {startLabel.Name} to {endLabel.Name}; the type definitions allow {string.Join(", ", type.Ends.Select(e => $"{e.Start}→{e.End}"))}."));
        }

        var definitions = type.Properties?.Properties ?? [];
        var values = ValidateProperties(definitions, name => type.Properties?.FindProperty(name), rel.Properties, $"relationship '{rel.Id}'", index, errors);
        ValidateSources(rel.Sources, $"relationship '{rel.Id}'", index, errors);
        return rel with { Properties = values };
    }

    private static Dictionary<string, object?> ValidateProperties(
        IReadOnlyList<PropertyDefinition> definitions,
        Func<string, PropertyDefinition?> find,
        IReadOnlyDictionary<string, object?> given,
        string what,
        int index,
        List<WriteError> errors)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, raw) in given)
        {
            var property = find(name);
            if (property is null)
            {
                errors.Add(new WriteError(index, "UNKNOWN_PROPERTY", $"{what}: unknown property '{name}'."));
                continue;
            }

            if (!ValueCoercion.TryCoerce(property, raw, out var value, out var error))
            {
                errors.Add(new WriteError(index, property.IsRequired && raw is null ? "MISSING_PROPERTY" : "WRONG_TYPE", $"{what}: {error}"));
                continue;
            }

            if (value is not null)
            {
                values[name] = value;
            }
        }

        foreach (var property in definitions)
        {
            if (property.IsRequired && !values.ContainsKey(property.Name) && !given.ContainsKey(property.Name))
            {
                errors.Add(new WriteError(index, "MISSING_PROPERTY", $"{what}: '{property.Name}' is required ({property.TypeName})."));
            }
        }

        return values;
    }

    private static void ValidateSources(IReadOnlyList<SourceRef>? sources, string what, int index, List<WriteError> errors)
    {
        if (sources is null || sources.Count == 0)
        {
            errors.Add(new WriteError(index, "MISSING_SOURCE", $"{what} names no source: every fact needs at least one."));
            return;
        }

        foreach (var source in sources)
        {
            if (string.IsNullOrEmpty(source.Source) || !Identifiers.IsNodeId(source.Source) || !source.Source.StartsWith("source:", StringComparison.Ordinal))
            {
                errors.Add(new WriteError(index, "UNKNOWN_SOURCE", $"{what}: '{source.Source}' is not the id of a Source node."));
            }
            else if (string.IsNullOrWhiteSpace(source.Quote) && !source.Inferred)
            {
                errors.Add(new WriteError(index, "MISSING_SOURCE", $"{what}: a source that is not inferred must quote the words that support the fact."));
            }
            else if (source.Inferred && string.IsNullOrWhiteSpace(source.Note))
            {
                errors.Add(new WriteError(index, "MISSING_SOURCE", $"{what}: an inferred source needs a note saying how it was inferred."));
            }
        }
    }
}
