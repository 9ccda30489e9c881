using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using GraphQL;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;
using CoopGraph.Planning.Traversals.Patterns;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static CoopGraph.GraphQL.Schema.ApiSchemaBuilder;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>Plans a traversal root field; null when the field is not a traversal (or has errors, which are recorded).</summary>
    private OutputField? BuildTraversalField(string responseName, GraphQLField field, FieldType fieldType, Dictionary<string, object?> args)
    {
        if (FieldMeaning.Of<TraversalRootMeaning>(fieldType) is not { } meaning)
        {
            return null;
        }

        var limits = TraversalLimits();
        var fields = TraversalParts(fieldType, field.SelectionSet);
        switch (meaning.Root)
        {
            case TraversalRoot.ShortestPath:
            case TraversalRoot.AllShortestPaths:
            case TraversalRoot.Paths:
                return BuildPaths(responseName, meaning.Root, args, fields, limits);
            case TraversalRoot.Neighbourhood:
                return TryDepth(args, "depth", limits, out var depth)
                    && TryBounded(args, "limit", limits.MaxSubgraphSize, "MaxSubgraphSize", out var limit)
                    && TryFilter(args, out var filter)
                    ? new NeighbourhoodField(responseName, (string)args["id"]!, depth, limit, filter, fields, limits)
                    : null;
            case TraversalRoot.Reachable:
                return TryBounded(args, "first", limits.MaxSubgraphSize, "MaxSubgraphSize", out var first)
                    && TryLabels(args, out var labels)
                    && TryPattern((string)args["pattern"]!, limits, out var pattern)
                    ? new ReachableField(responseName, (string)args["from"]!, pattern!, labels, first, Projection(labels ?? _model.Labels, field.SelectionSet), limits)
                    : null;
            case TraversalRoot.CommonNeighbours:
                return TryTypes(args, out var types)
                    ? new CommonNeighboursField(responseName, (string)args["a"]!, (string)args["b"]!, types, Projection(_model.Labels, field.SelectionSet), limits)
                    : null;
            case TraversalRoot.Rank:
                return TryLimit(args, "first", out var top) && TryLabels(args, out var ranked) && TryTypes(args, out var over)
                    ? new RankField(responseName, ranked, over, (RankAlgorithm)args["algorithm"]!, top, fields, limits)
                    : null;
            default:
                return TryLimit(args, "first", out var count)
                    ? new TimelineField(
                        responseName,
                        args.GetValueOrDefault("id") as string,
                        args.GetValueOrDefault("from") as PartialDate?,
                        args.GetValueOrDefault("to") as PartialDate?,
                        count,
                        DatedProperties(),
                        fields,
                        limits)
                    : null;
        }
    }

    private PathsField? BuildPaths(string responseName, TraversalRoot root, Dictionary<string, object?> args, IReadOnlyList<OutputField> fields, TraversalLimits limits)
    {
        var first = 1;
        if (!TryDepth(args, "maxDepth", limits, out var maxDepth)
            || (root != TraversalRoot.ShortestPath && !TryBounded(args, "first", limits.MaxPaths, "MaxPaths", out first))
            || !TryFilter(args, out var filter))
        {
            return null;
        }

        PathPattern? pattern = null;
        if (args.GetValueOrDefault("pattern") is string text && !TryPattern(text, limits, out pattern))
        {
            return null;
        }

        var search = root switch
        {
            TraversalRoot.ShortestPath => PathSearch.Shortest,
            TraversalRoot.AllShortestPaths => PathSearch.AllShortest,
            _ => PathSearch.Simple,
        };
        return new PathsField(responseName, search, (string)args["from"]!, (string)args["to"]!, maxDepth, first, filter, pattern, fields, limits);
    }

    /// <summary>The fields of a Path, Subgraph, RankedEntity or TimelineEntry selection.</summary>
    private List<OutputField> TraversalParts(FieldType fieldType, GraphQLSelectionSet? selectionSet)
    {
        if (fieldType.ResolvedType!.GetNamedType() is not IObjectGraphType resultType || FieldMeaning.Of<TraversalPartMeaning>(resultType.Fields.First()) is null)
        {
            return [];
        }

        return Selected(resultType, selectionSet, (name, sub, subType) =>
        {
            var value = FieldMeaning.Of<TraversalPartMeaning>(subType)?.Value;
            return value switch
            {
                null => new TypenameField(name, resultType.Name),
                TraversalValue.Nodes or TraversalValue.Node or TraversalValue.Entity => new TraversalEntitiesField(name, value.Value, Projection(_model.Labels, sub.SelectionSet)),
                TraversalValue.Relationships or TraversalValue.Relationship => new TraversalRelationshipsField(name, value.Value, RelationshipFields(subType, sub.SelectionSet)),
                _ => new TraversalScalarField(name, value.Value),
            };
        });
    }

    private TraversalLimits TraversalLimits() =>
        _context.RequestServices?.GetService<IOptions<TraversalLimits>>()?.Value ?? new TraversalLimits();

    private bool TryDepth(Dictionary<string, object?> args, string name, TraversalLimits limits, out int depth) =>
        TryBounded(args, name, limits.MaxDepth, "MaxDepth", out depth);

    private bool TryBounded(Dictionary<string, object?> args, string name, int maximum, string limitName, out int value)
    {
        value = args.GetValueOrDefault(name) as int? ?? 0;
        if (value < 0)
        {
            AddError("BAD_USER_INPUT", $"{name} must not be negative.");
            return false;
        }

        if (value > maximum)
        {
            AddError("LIMIT_EXCEEDED", $"{name} is {value}, above the maximum {maximum} (limit {limitName}).");
            return false;
        }

        return true;
    }

    private bool TryFilter(Dictionary<string, object?> args, out TraversalFilter filter)
    {
        filter = TraversalFilter.Any;
        if (!TryTypes(args, out var types) || !TryLabels(args, out var labels))
        {
            return false;
        }

        filter = new TraversalFilter(types, labels, DirectionOf(args));
        return true;
    }

    private bool TryPattern(string text, TraversalLimits limits, out PathPattern? pattern)
    {
        try
        {
            pattern = PatternParser.Parse(text, _model, limits.MaxPatternStates);
            return true;
        }
        catch (PatternSyntaxException error)
        {
            AddError(error.Message.Contains("(limit MaxPatternStates)", StringComparison.Ordinal) ? "LIMIT_EXCEEDED" : "BAD_USER_INPUT", error.Message);
            pattern = null;
            return false;
        }
    }

    /// <summary>
    /// What dates a fact: every PartialDate property of an entity (sources aside: a publication
    /// date dates the source, not a fact of cooperation) or of a relationship, and the Int years of
    /// an entity (properties named like startYear).
    /// </summary>
    private List<DatedProperty> DatedProperties()
    {
        var dated = new List<DatedProperty>();
        foreach (var label in _model.Labels.Where(l => l.Name != GraphModel.SourceLabel))
        {
            dated.AddRange(label.Properties
                .Where(p => !p.IsList && (p.Kind == ValueKind.PartialDate || (p.Kind == ValueKind.Int && p.Name.EndsWith("Year", StringComparison.Ordinal))))
                .Select(p => new DatedProperty(label, null, p)));
        }

        foreach (var type in _model.RelationshipTypes)
        {
            dated.AddRange((type.Properties?.Properties ?? [])
                .Where(p => !p.IsList && p.Kind == ValueKind.PartialDate)
                .Select(p => new DatedProperty(null, type, p)));
        }

        return dated;
    }
}
