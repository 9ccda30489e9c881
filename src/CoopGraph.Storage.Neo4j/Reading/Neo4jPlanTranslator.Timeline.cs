using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Timelines as the embedded store builds them: one list of candidate values per dated property
/// (entities of its label, relationships of its type), concatenated, each value once; the values
/// of one fact on one date become one entry naming their properties in the model's order ("startDate
/// and endDate"), and the entries are ordered by date, description, entity id and relationship id
/// (an entity's own fact first), then cut to first. Dates are compared through the sort key stored
/// beside each PartialDate (<c>__sort_*</c>); an Int year is the key of its year. A partial date
/// covers its span: its last day is its key plus 1231 for a year, 31 for a month.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    private string Timeline(TimelineField field)
    {
        var centre = field.Id is null ? null : NameEntity(field.Id);
        var (c, about) = (Fresh("c"), Fresh("about"));
        var window = new FactWindow(
            field.From is { } from ? Parameter(from.SortKey) : null,
            field.To is { } to ? Parameter(to.LastDaySortKey) : null);

        // Each label's and type's dated properties in the model's order: the order an entry names them in.
        var orders = field.Facts
            .GroupBy(dated => (object?)dated.Label ?? dated.Type!)
            .ToDictionary(g => g.Key, g => Parameter(g.Select(dated => dated.Property.Name).ToArray()));
        var facts = field.Facts
            .Select(dated => dated.Label is { } label
                ? EntityFacts(dated, label, centre is null ? null : about, window, orders[label])
                : RelationshipFacts(dated, dated.Type!, centre is null ? null : c, window, orders[dated.Type!]))
            .ToArray();
        if (facts.Length == 0)
        {
            return centre is null ? "[]" : RequireEntities("[]", centre);
        }

        var (fact, node, relationship, date, key, text) = (Fresh("f"), Fresh("n"), Fresh("r"), Fresh("date"), Fresh("key"), Fresh("text"));
        var (subject, name, order, names, ordered) = (Fresh("subject"), Fresh("name"), Fresh("order"), Fresh("names"), Fresh("ordered"));
        var entry = TraversalMap(field.Fields, part => part switch
        {
            TraversalValue.Entity => node,
            TraversalValue.Relationship => relationship,
            TraversalValue.Date => date,
            TraversalValue.Description => text,
            _ => throw NotTranslated(field),
        });
        var around = centre is null
            ? string.Empty
            : $"MATCH {centre.Pattern(c)} WITH {c}, [{c}] + {Neighbours(c)} AS {about} ";
        var value = $"COLLECT {{ {around}UNWIND {string.Join(" + ", facts)} AS {fact} "
            + $"WITH DISTINCT {fact}.{Key(FactNode)} AS {node}, {fact}.{Key(FactRelationship)} AS {relationship}, {fact}.{Key(FactDate)} AS {date}, "
            + $"{fact}.{Key(FactKey)} AS {key}, {fact}.{Key(FactSubject)} AS {subject}, {fact}.{Key(FactName)} AS {name}, {fact}.{Key(FactOrder)} AS {order} "
            + $"WITH {node}, {relationship}, {date}, {key}, {subject}, {order}, collect({name}) AS {names} "
            + $"WITH {node}, {relationship}, {date}, {key}, {subject}, {InOrder(order, names)} AS {ordered} "
            + $"WITH {node}, {relationship}, {date}, {key}, {subject} + ': ' + {JoinNames(ordered)} + ' ' + {date} AS {text} "
            + $"ORDER BY {key}, {text}, {node}.{IdKey}, coalesce({relationship}.{IdKey}, '') LIMIT {Parameter((long)field.First)} "
            + $"RETURN {entry} }}";
        return centre is null ? value : RequireEntities(value, centre);
    }

    private const string FactNode = "node";
    private const string FactRelationship = "relationship";
    private const string FactDate = "date";
    private const string FactKey = "key";
    private const string FactSubject = "subject";
    private const string FactName = "name";
    private const string FactOrder = "order";

    /// <summary>
    /// The collected <paramref name="names"/> in the owner's <paramref name="order"/>: read from the order rather
    /// than from the rows, whose order an aggregation does not promise.
    /// </summary>
    private string InOrder(string order, string names)
    {
        var x = Fresh("x");
        return $"[{x} IN {order} WHERE {x} IN {names}]";
    }

    /// <summary>A list of names as the embedded store joins them: "a", "a and b", "a, b and c".</summary>
    private string JoinNames(string names)
    {
        var (joined, i) = (Fresh("s"), Fresh("i"));
        return $"reduce({joined} = head({names}), {i} IN range(1, size({names}) - 1) | {joined} + CASE WHEN {i} = size({names}) - 1 THEN ' and ' ELSE ', ' END + {names}[{i}])";
    }

    /// <summary>Each entity one relationship (of any model type, either way) from <paramref name="centre"/>, once.</summary>
    private string Neighbours(string centre)
    {
        var neighbour = Fresh("m");
        return $"COLLECT {{ MATCH {Arrow(centre, string.Empty, TypeExpression(_model.RelationshipTypes), RelationshipDirection.Both, neighbour)} WITH DISTINCT {neighbour} RETURN {neighbour} }}";
    }

    /// <summary>Values of a dated property of <paramref name="label"/>: of every such entity, or of those in the list <paramref name="about"/>.</summary>
    private string EntityFacts(DatedProperty dated, NodeType label, string? about, FactWindow window, string order)
    {
        var node = Fresh("n");
        var (date, key, condition) = DatedValue(node, dated.Property, window);
        var source = about is null
            ? $"MATCH ({node}{LabelExpression([label])}) WHERE {condition}"
            : $"UNWIND {about} AS {node} WITH {node} WHERE {node}{LabelExpression([label])} AND {condition}";
        return $"COLLECT {{ {source} RETURN {Fact(node, "null", date, key, DisplayText(node, [label]), Parameter(dated.Property.Name), order)} }}";
    }

    /// <summary>Values of a dated property of <paramref name="type"/>: of every such relationship, or of those of <paramref name="centre"/>; each about its start.</summary>
    private string RelationshipFacts(DatedProperty dated, RelationshipType type, string? centre, FactWindow window, string order)
    {
        var (start, relationship, end) = (Fresh("s"), Fresh("r"), Fresh("e"));
        var (date, key, condition) = DatedValue(relationship, dated.Property, window);
        var source = centre is null
            ? $"MATCH {Arrow(start, relationship, TypeExpression([type]), RelationshipDirection.Out, end)} WHERE {condition}"
            : $"MATCH {Arrow(centre, relationship, TypeExpression([type]), RelationshipDirection.Both, string.Empty)} WHERE {condition} "
                + $"WITH DISTINCT {relationship} WITH {relationship}, startNode({relationship}) AS {start}, endNode({relationship}) AS {end}";
        var subject = $"{DisplayText(start, _model.Labels)} + {Parameter($" {type.Name} ")} + {DisplayText(end, _model.Labels)}";
        return $"COLLECT {{ {source} RETURN {Fact(start, relationship, date, key, subject, Parameter(dated.Property.Name), order)} }}";
    }

    /// <summary>One value: the fact it dates (entity, relationship or null), its date and key, what the entry is about, the property's name and its owner's order of names.</summary>
    private static string Fact(string node, string relationship, string date, string key, string subject, string name, string order) =>
        $"{{{Key(FactNode)}: {node}, {Key(FactRelationship)}: {relationship}, {Key(FactDate)}: {date}, {Key(FactKey)}: {key}, "
        + $"{Key(FactSubject)}: {subject}, {Key(FactName)}: {name}, {Key(FactOrder)}: {order}}}";

    /// <summary>
    /// A dating property's text, sort key and the test that it dates a fact in the window: a
    /// PartialDate is stored as its text beside its key; an Int year counts from 1 to 9999 and
    /// reads as four digits, as <see cref="PartialDate.ToString"/> writes it.
    /// </summary>
    private static (string Date, string Key, string Condition) DatedValue(string owner, PropertyDefinition property, FactWindow window)
    {
        var value = Property(owner, property.Name);
        var (date, key, present) = property.Kind == ValueKind.PartialDate
            ? (value, Property(owner, StoredNames.Sort(property.Name)), $"{value} IS NOT NULL")
            : ($"right('000' + toString({value}), 4)", $"({value} * 10000)", $"{value} >= 1 AND {value} <= 9999");
        return (date, key, window.Condition(key) is { } inWindow ? $"{present} AND {inWindow}" : present);
    }

    /// <summary>The entity's name in descriptions: its display property when that is a String it has, else its id.</summary>
    private static string DisplayText(string node, IReadOnlyList<NodeType> labels)
    {
        var groups = labels
            .GroupBy(l => l.Display is { Kind: ValueKind.String, IsList: false } display ? $"coalesce({Property(node, display.Name)}, {node}.{IdKey})" : $"{node}.{IdKey}")
            .ToArray();
        return groups.Length == 1
            ? groups[0].Key
            : "CASE " + string.Join(" ", groups.Select(g => $"WHEN {node}{LabelExpression(g.ToArray())} THEN {g.Key}")) + $" ELSE {node}.{IdKey} END";
    }
}
