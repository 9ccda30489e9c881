using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Translates an <see cref="OperationPlan"/> into one Cypher statement whose single row and column
/// is the response's <c>data</c>, already shaped: nested connections are <c>COLLECT {}</c> subqueries,
/// counts are <c>COUNT {}</c>, keyset paging compares the sort keys with the cursor's values.
/// Every value travels as a parameter (<c>$p0</c>…); labels, relationship types and property keys
/// come from the model objects in the plan and are backtick-escaped. The statement needs Neo4j 5.26
/// (Cypher 5: <c>COLLECT {}</c>, <c>COUNT {}</c>, label expressions, path selectors, quantified path patterns); no <c>CYPHER 25</c> feature is used.
/// The map keys are response names, so the shared response writer (<see cref="Neo4jRows"/>) writes the JSON in plan
/// order and encodes the cursors with <see cref="Planning.Paging.CursorCodec"/>, as the embedded store does.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    private readonly GraphModel _model;
    private readonly Neo4jTraversalLimits _limits;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private int _variables;

    private Neo4jPlanTranslator(GraphModel model, Neo4jTraversalLimits limits)
    {
        _model = model;
        _limits = limits;
    }

    /// <summary>The statement for <paramref name="plan"/>; null when no field needs the store (only <c>__typename</c> and <c>model</c>).</summary>
    /// <param name="failed">
    /// Told of each root field that cannot be translated (an id no label fits, a field this store does not translate),
    /// which the statement then leaves out, so the other fields are still answered; without it the first such field throws.
    /// </param>
    /// <exception cref="PlanExecutionException">A root field cannot be translated and <paramref name="failed"/> is null.</exception>
    public static CypherStatement? Translate(
        GraphModel model,
        OperationPlan plan,
        Neo4jTraversalLimits? limits = null,
        Action<OutputField, PlanExecutionException>? failed = null)
    {
        var translator = new Neo4jPlanTranslator(model, limits ?? new Neo4jTraversalLimits());
        var entries = new List<string>();
        foreach (var field in plan.Fields)
        {
            // Store queries (raw Cypher) run as the researcher's own statements (Neo4jPlanExecutor), not inside this one;
            // __typename and the model are answered by the plan itself.
            if (field is TypenameField or StoreQueryField or ModelField or FailedField)
            {
                continue;
            }

            string value;
            try
            {
                value = translator.RootField(field);
            }
            catch (PlanExecutionException e) when (failed is not null)
            {
                failed(field, e);
                continue;
            }

            entries.Add(Key(field.ResponseName) + ": " + value);
        }

        return entries.Count == 0
            ? null
            : new CypherStatement("RETURN {" + string.Join(", ", entries) + "} AS data", translator._parameters);
    }

    private string RootField(OutputField field) => field switch
    {
        LookupListField list => LookupList(list),
        RelationshipLookupField lookup => RelationshipLookup(lookup),
        SearchField search => Search(search),
        EntityField or ConnectionField => NestedField(field, parent: null),
        PathsField paths => Paths(paths),
        ReachableField reachable => Reachable(reachable),
        NeighbourhoodField neighbourhood => Neighbourhood(neighbourhood),
        CommonNeighboursField common => CommonNeighbours(common),
        TimelineField timeline => Timeline(timeline),
        RankField rank => Rank(rank),
        _ => throw NotTranslated(field),
    };

    /// <summary>A field read relative to a parent entity (none for root fields).</summary>
    private string NestedField(OutputField field, string? parent) => field switch
    {
        EntityField single => Single(single, parent),
        ConnectionField connection => Connection(connection, parent),
        EntityListField list => EntityList(list, parent ?? throw NotTranslated(field)),
        RelationshipListField relationships => RelationshipList(relationships, parent ?? throw NotTranslated(field)),
        _ => throw NotTranslated(field),
    };

    private static PlanExecutionException NotTranslated(OutputField field) =>
        new("INTERNAL", $"The Neo4j store does not translate the field '{field.ResponseName}' ({field.GetType().Name}); run this operation on the embedded store.");

    private string Single(EntityField single, string? parent)
    {
        var source = Source(single.Source, parent);
        return $"head(COLLECT {{ {source.Match} WITH {source.Variables} ORDER BY {source.NaturalOrder} LIMIT 1 RETURN {Projection(source.Node, single.Projection)} }})";
    }

    private string LookupList(LookupListField list)
    {
        var node = Fresh("m");
        var labels = LabelsOfIds(list.Ids, list.Labels);
        if (labels.Count == 0)
        {
            return "[]";
        }

        return $"COLLECT {{ MATCH ({node}{LabelExpression(labels)}) WHERE {node}.{IdKey} IN {Parameter(list.Ids.ToArray())} "
            + $"RETURN {{{Key(ResponseKeys.Id)}: {node}.{IdKey}, {Key(ResponseKeys.Value)}: {Projection(node, list.Projection)}}} }}";
    }

    private string Fresh(string prefix) => prefix + _variables++;

    private string Parameter(object? value)
    {
        var name = "p" + _parameters.Count;
        _parameters[name] = ParameterValue(value);
        return "$" + name;
    }

    /// <summary>Canonical plan values as the Query API takes them; a PartialDate as its text, as it is stored.</summary>
    private static object? ParameterValue(object? value) => value switch
    {
        PartialDate date => date.ToString(),
        int i => (long)i,
        object?[] list => list.Select(ParameterValue).ToArray(),
        _ => value,
    };

    private static readonly string IdKey = CypherNames.Escape(StoredNames.Id);

    /// <summary>A map key or property key: always escaped, so reserved words and odd names are safe.</summary>
    private static string Key(string name) => CypherNames.Escape(name);

    private static string Property(string variable, string name) => variable + "." + CypherNames.Escape(name);

    private static string LabelExpression(IReadOnlyList<NodeType> labels) =>
        labels.Count == 0 ? string.Empty : ":" + string.Join("|", labels.Select(l => CypherNames.Escape(l.Name)));

    private static string TypeExpression(IReadOnlyList<RelationshipType> types) =>
        types.Count == 0 ? string.Empty : ":" + string.Join("|", types.Select(t => CypherNames.Escape(t.Name)));

    private static string Arrow(string from, string relationship, string types, RelationshipDirection direction, string to) => direction switch
    {
        RelationshipDirection.Out => $"({from})-[{relationship}{types}]->({to})",
        RelationshipDirection.In => $"({from})<-[{relationship}{types}]-({to})",
        _ => $"({from})-[{relationship}{types}]-({to})",
    };
}
