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
    public static (IReadOnlyList<GraphWrite> Canonical, IReadOnlyList<WriteError> Errors) Validate(GraphModel model, GraphBatch batch) =>
        Validate(model, batch.Operations);

    /// <param name="operations">Plain writes: a batch with patches or create-only writes goes through <see cref="WriteResolver"/> first.</param>
    public static (IReadOnlyList<GraphWrite> Canonical, IReadOnlyList<WriteError> Errors) Validate(GraphModel model, IReadOnlyList<GraphWrite> operations)
    {
        var errors = new List<WriteError>();
        var canonical = new List<GraphWrite>(operations.Count);
        var checkedSources = new SourceCheck();
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            canonical.Add(operation switch
            {
                NodeWrite node => ValidateNode(model, node, i, errors, ref checkedSources),
                RelationshipWrite rel => ValidateRelationship(model, rel, i, errors, ref checkedSources),
                DeleteNode delete => ValidateDelete(model, delete, i, errors),
                DeleteRelationship delete => ValidateRelationshipId(delete.Id, delete.ExpectedVersion, i, errors),
                // Patches and create-only writes reach the model check resolved into plain writes (WriteResolver).
                _ => throw new ArgumentException($"Unresolved write {operation.GetType().Name}: resolve the batch first.", nameof(operations)),
            });
        }

        return (canonical, errors);
    }

    /// <summary>The label whose id prefix starts the id, found without cutting the prefix out as a new string.</summary>
    private static NodeType? LabelOfId(GraphModel model, string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var prefix = id.AsSpan(0, colon);
        foreach (var label in model.Labels)
        {
            if (prefix.SequenceEqual(label.IdPrefix))
            {
                return label;
            }
        }

        return null;
    }

    private static NodeType? ValidateNodeId(GraphModel model, string id, int index, List<WriteError> errors, string field = "id")
    {
        if (!Identifiers.IsNodeId(id))
        {
            errors.Add(new WriteError(index, "BAD_ID", $"'{id}' is not a node id: ids are '<label>:<key>' in lower-case kebab-case, e.g. 'province:quang-nam'.") { Field = field });
            return null;
        }

        var label = LabelOfId(model, id);
        if (label is null)
        {
            errors.Add(new WriteError(index, "BAD_ID", $"'{id}' does not start with the id prefix of a label.") { Field = field });
        }

        return label;
    }

    private static DeleteNode ValidateDelete(GraphModel model, DeleteNode delete, int index, List<WriteError> errors)
    {
        ValidateNodeId(model, delete.Id, index, errors);
        return delete;
    }

    private static DeleteRelationship ValidateRelationshipId(string id, long? expectedVersion, int index, List<WriteError> errors)
    {
        if (!Identifiers.TryParseRelationshipId(id, out _, out _, out _))
        {
            errors.Add(new WriteError(index, "BAD_ID", $"'{id}' is not a relationship id ('<TYPE>:<start id>:<end id>').") { Field = "id" });
        }

        return new DeleteRelationship(id) { ExpectedVersion = expectedVersion };
    }

    private static NodeWrite ValidateNode(GraphModel model, NodeWrite node, int index, List<WriteError> errors, ref SourceCheck checkedSources)
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
            errors.Add(new WriteError(index, "BAD_ID", $"Node '{node.Id}' has label {label.Name}, so its id must start with '{label.IdPrefix}:'.") { Field = "id" });
        }

        var owner = new PropertyOwner(node, label, null);
        var values = ValidateProperties(label.Properties, owner, node.Properties, index, errors);
        ValidateSources(node.Sources, node, index, errors, ref checkedSources);
        return ReferenceEquals(values, node.Properties) ? node : node with { Properties = values };
    }

    private static RelationshipWrite ValidateRelationship(GraphModel model, RelationshipWrite rel, int index, List<WriteError> errors, ref SourceCheck checkedSources)
    {
        var type = model.FindRelationshipType(rel.Type);
        var startLabel = ValidateNodeId(model, rel.Start, index, errors, "start");
        var endLabel = ValidateNodeId(model, rel.End, index, errors, "end");
        if (type is null)
        {
            errors.Add(new WriteError(index, "UNKNOWN_RELATIONSHIP_TYPE", $"Unknown relationship type '{rel.Type}'.") { Field = "type" });
            return rel;
        }

        if (startLabel is not null && endLabel is not null && !type.Allows(startLabel.Name, endLabel.Name))
        {
            errors.Add(new WriteError(index, "RELATIONSHIP_NOT_ALLOWED",
                $"{rel.Type} cannot go from {startLabel.Name} to {endLabel.Name}; the type definitions allow {string.Join(", ", type.Ends.Select(e => $"{e.Start}→{e.End}"))}.")
            {
                Field = "type",
            });
        }

        var definitions = type.Properties?.Properties ?? [];
        var values = ValidateProperties(definitions, new PropertyOwner(rel, null, type.Properties), rel.Properties, index, errors);
        ValidateSources(rel.Sources, rel, index, errors, ref checkedSources);
        return ReferenceEquals(values, rel.Properties) ? rel : rel with { Properties = values };
    }

    /// <summary>
    /// The canonical values. When every given value is already canonical and none is null, the
    /// given dictionary itself is returned: bulk writes then allocate nothing per property.
    /// </summary>
    private static IReadOnlyDictionary<string, object?> ValidateProperties(
        IReadOnlyList<PropertyDefinition> definitions,
        PropertyOwner owner,
        IReadOnlyDictionary<string, object?> given,
        int index,
        List<WriteError> errors)
    {
        Dictionary<string, object?>? changed = null;
        var present = 0;
        foreach (var (name, raw) in given)
        {
            var property = owner.Find(name);
            if (property is null)
            {
                errors.Add(new WriteError(index, "UNKNOWN_PROPERTY", $"{owner.Describe()}: unknown property '{name}'.") { Field = name });
                changed ??= CopyBefore(given, name);
                continue;
            }

            if (!ValueCoercion.TryCoerce(property, raw, out var value, out var error))
            {
                errors.Add(new WriteError(index, property.IsRequired && raw is null ? "MISSING_PROPERTY" : "WRONG_TYPE", $"{owner.Describe()}: {error}") { Field = name });
                changed ??= CopyBefore(given, name);
                continue;
            }

            if (property.IsRequired)
            {
                present++;
            }

            if (changed is null && (value is null || !ReferenceEquals(value, raw)))
            {
                changed = CopyBefore(given, name);
            }

            if (value is not null && changed is not null)
            {
                changed[name] = value;
            }
        }

        if (present < RequiredCount(definitions))
        {
            foreach (var property in definitions)
            {
                if (property.IsRequired && !given.ContainsKey(property.Name))
                {
                    errors.Add(new WriteError(index, "MISSING_PROPERTY", $"{owner.Describe()}: '{property.Name}' is required ({property.TypeName}).") { Field = property.Name });
                }
            }
        }

        return changed ?? given;
    }

    private static int RequiredCount(IReadOnlyList<PropertyDefinition> definitions)
    {
        var count = 0;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].IsRequired)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A canonical copy of the entries before <paramref name="stop"/> (all of them canonical and not null).</summary>
    private static Dictionary<string, object?> CopyBefore(IReadOnlyDictionary<string, object?> given, string stop)
    {
        var copy = new Dictionary<string, object?>(given.Count, StringComparer.Ordinal);
        foreach (var (name, value) in given)
        {
            if (ReferenceEquals(name, stop))
            {
                break;
            }

            copy[name] = value;
        }

        return copy;
    }

    private static void ValidateSources(IReadOnlyList<SourceRef>? sources, GraphWrite owner, int index, List<WriteError> errors, ref SourceCheck checkedSources)
    {
        if (sources is null || sources.Count == 0)
        {
            errors.Add(new WriteError(index, "MISSING_SOURCE", $"{Describe(owner)} names no source: every fact needs at least one.") { Field = "sources" });
            return;
        }

        // Bulk writes share one source list among many operations; a list found sound stays sound.
        if (checkedSources.IsSound(sources))
        {
            return;
        }

        var sound = true;
        foreach (var source in sources)
        {
            if (string.IsNullOrEmpty(source.Source) || !Identifiers.IsNodeId(source.Source) || !source.Source.StartsWith("source:", StringComparison.Ordinal))
            {
                errors.Add(new WriteError(index, "UNKNOWN_SOURCE", $"{Describe(owner)}: '{source.Source}' is not the id of a Source node.") { Field = "sources" });
                sound = false;
            }
            else if (string.IsNullOrWhiteSpace(source.Quote) && !source.Inferred)
            {
                errors.Add(new WriteError(index, "MISSING_SOURCE", $"{Describe(owner)}: a source that is not inferred must quote the words that support the fact.") { Field = "sources" });
                sound = false;
            }
            else if (source.Inferred && string.IsNullOrWhiteSpace(source.Note))
            {
                errors.Add(new WriteError(index, "MISSING_SOURCE", $"{Describe(owner)}: an inferred source needs a note saying how it was inferred.") { Field = "sources" });
                sound = false;
            }
        }

        if (sound)
        {
            checkedSources.MarkSound(sources);
        }
    }

    /// <summary>How messages name the write (built only when there is something to report).</summary>
    private static string Describe(GraphWrite owner) => owner switch
    {
        NodeWrite node => $"node '{node.Id}'",
        RelationshipWrite rel => $"relationship '{rel.Id}'",
        _ => owner.ToString()!,
    };

    /// <summary>The properties type a write's values belong to: a node's label or a relationship's properties type.</summary>
    private readonly record struct PropertyOwner(GraphWrite Write, NodeType? Label, RelationshipPropertiesType? RelationshipProperties)
    {
        public PropertyDefinition? Find(string name) => Label is not null ? Label.FindProperty(name) : RelationshipProperties?.FindProperty(name);

        public string Describe() => Label is not null ? $"{Label.Name} '{((NodeWrite)Write).Id}'" : ModelWriteValidator.Describe(Write);
    }

    /// <summary>The last source list instance found sound in this batch (a list of immutable references).</summary>
    private struct SourceCheck
    {
        private IReadOnlyList<SourceRef>? _sound;

        public readonly bool IsSound(IReadOnlyList<SourceRef> sources) => ReferenceEquals(_sound, sources);

        public void MarkSound(IReadOnlyList<SourceRef> sources) => _sound = sources;
    }
}
