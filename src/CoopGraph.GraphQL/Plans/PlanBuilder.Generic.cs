using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Sources;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    private OutputField? BuildRelationshipList(string responseName, GraphQLField field, FieldType fieldType)
    {
        var args = Arguments(field, fieldType);
        if (!TryLimit(args, "first", out var limit) || !TryTypes(args, out var types))
        {
            return null;
        }

        return new RelationshipListField(responseName, types, DirectionOf(args), limit, RelationshipFields(fieldType, field.SelectionSet));
    }

    /// <summary>What to write for each relationship of a Relationship-typed field, from its selection set.</summary>
    private List<OutputField> RelationshipFields(FieldType fieldType, GraphQLSelectionSet? selectionSet)
    {
        var relationshipType = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        return Selected(relationshipType, selectionSet, (name, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(name, relationshipType.Name)
                : FieldMeaning.Of(subType) is StampMeaning stamp
                ? new StampField(name, stamp.Value)
                : FieldMeaning.Of<StructureMeaning>(subType)!.Kind switch
                {
                    StructureKind.RelationshipId => new RelationshipValueField(name, RelationshipValue.Id),
                    StructureKind.RelationshipType => new RelationshipValueField(name, RelationshipValue.Type),
                    StructureKind.RelationshipProperties => new RelationshipValueField(name, RelationshipValue.Properties),
                    StructureKind.RelationshipStart => new RelationshipEndField(name, true, Projection(_model.Labels, sub.SelectionSet)),
                    StructureKind.RelationshipEnd => new RelationshipEndField(name, false, Projection(_model.Labels, sub.SelectionSet)),
                    _ => new SourcesField(name, SourceRefFields(subType, sub)),
                });
    }

    private OutputField? BuildNeighbours(string responseName, GraphQLField field, FieldType fieldType)
    {
        var args = Arguments(field, fieldType);
        if (!TryLimit(args, "first", out var limit) || !TryTypes(args, out var types) || !TryLabels(args, out var labels))
        {
            return null;
        }

        return new EntityListField(
            responseName,
            new ExpandAny(types, DirectionOf(args), labels),
            [ById],
            limit,
            Projection(labels ?? _model.Labels, field.SelectionSet));
    }

    private OutputField? BuildSearch(string responseName, GraphQLField field, Dictionary<string, object?> args)
    {
        if (!TryLimit(args, "first", out var limit) || !TryLabels(args, out var labels))
        {
            return null;
        }

        // Runs of white space count as one space, as a person typing expects.
        var text = TextFolding.Fold(string.Join(' ', ((string)args["text"]!).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (text.Length == 0)
        {
            return Fail("BAD_USER_INPUT", "search(text:) needs some text.");
        }

        var searchable = (labels ?? _model.Labels).Where(l => l.Searchable.Count > 0).ToArray();
        var hitType = (IComplexGraphType)_context.Schema.AllTypes["SearchHit"]!;
        var fields = Selected(hitType, field.SelectionSet, (name, sub, subType) =>
            sub.Name.Value.Span.SequenceEqual("__typename")
                ? new TypenameField(name, hitType.Name)
                : FieldMeaning.Of<StructureMeaning>(subType)!.Kind == StructureKind.HitScore
                    ? new SearchScoreField(name)
                    : new NodesField(name, true, Projection(searchable, sub.SelectionSet)));

        return new SearchField(responseName, text, searchable, limit, fields);
    }

    private bool TryLimit(Dictionary<string, object?> args, string name, out int limit)
    {
        limit = args.GetValueOrDefault(name) as int? ?? 0;
        if (limit < 0)
        {
            AddError("BAD_USER_INPUT", $"{name} must not be negative.");
            return false;
        }

        if (limit > _limits.MaxListSize)
        {
            AddError("LIMIT_EXCEEDED", $"{name} is {limit}, above the maximum list size {_limits.MaxListSize} (limit MaxListSize).");
            return false;
        }

        return true;
    }

    /// <summary>The relationship types of <c>types</c> less those of <c>excludeTypes</c> (see <see cref="TryChosen"/>).</summary>
    private bool TryTypes(Dictionary<string, object?> args, out IReadOnlyList<RelationshipType>? types) =>
        TryChosen(args, "types", "excludeTypes", "relationship type", _model.RelationshipTypes, _model.FindRelationshipType, t => t.Name, out types);

    /// <summary>The labels of <c>labels</c> less those of <c>excludeLabels</c> (see <see cref="TryChosen"/>).</summary>
    private bool TryLabels(Dictionary<string, object?> args, out IReadOnlyList<NodeType>? labels) =>
        TryChosen(args, "labels", "excludeLabels", "label", _model.Labels, _model.FindLabel, l => l.Name, out labels);

    /// <summary>
    /// The model's labels or types an include list and an exclude list choose together: the included ones (every one of
    /// the model's when the include list is omitted) less the excluded ones, in the include list's order. Null when
    /// nothing narrows the choice, so a store keeps its follow-everything path; the plan names only what is followed,
    /// so every store reads an exclusion the same way.
    /// </summary>
    private bool TryChosen<T>(Dictionary<string, object?> args, string include, string exclude, string kind, IReadOnlyList<T> known, Func<string, T?> find, Func<T, string> nameOf, out IReadOnlyList<T>? chosen)
        where T : class
    {
        chosen = null;
        if (!TryNamed(args, include, kind, known, find, nameOf, out var included) || !TryNamed(args, exclude, kind, known, find, nameOf, out var excluded))
        {
            return false;
        }

        chosen = excluded is not { Count: > 0 } ? included : (included ?? known).Where(x => !excluded.Contains(x)).ToArray();
        return true;
    }

    /// <summary>The model objects one list argument names, each once; null when the argument is omitted; an unknown name is an error listing the known ones.</summary>
    private bool TryNamed<T>(Dictionary<string, object?> args, string argument, string kind, IReadOnlyList<T> known, Func<string, T?> find, Func<T, string> nameOf, out List<T>? named)
        where T : class
    {
        named = null;
        if (args.GetValueOrDefault(argument) is not IEnumerable<object?> names)
        {
            return true;
        }

        var list = new List<T>();
        foreach (var name in names.Cast<string>())
        {
            if (find(name) is not { } item)
            {
                AddError("BAD_USER_INPUT", $"Unknown {kind} '{name}' in {argument}; known: {string.Join(", ", known.Select(nameOf))}.");
                return false;
            }

            // A type or label named twice counts once: stores read each listed one's relationships or entities.
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        named = list;
        return true;
    }

    private static RelationshipDirection DirectionOf(Dictionary<string, object?> args) => args.GetValueOrDefault("direction") switch
    {
        "OUT" => RelationshipDirection.Out,
        "IN" => RelationshipDirection.In,
        _ => RelationshipDirection.Both,
    };
}
