using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Operands;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    private enum Form
    {
        /// <summary>The stored value (a PartialDate as its text).</summary>
        Value,

        /// <summary>The value folded for the case- and diacritics-insensitive operators.</summary>
        Folded,

        /// <summary>The value in sort order (a PartialDate as its sort key).</summary>
        SortKey,
    }

    private string OperandValue(Operand operand, Scope scope) => OperandIn(operand, scope, Form.Value);

    private string OperandFolded(Operand operand, Scope scope) => OperandIn(operand, scope, Form.Folded);

    private string OperandSortKey(Operand operand, Scope scope) => OperandIn(operand, scope, Form.SortKey);

    private string OperandIn(Operand operand, Scope scope, Form form)
    {
        var visitor = new CypherOperandReader(this, scope, form);
        return OperandDispatch.Visit<CypherOperandReader, string>(ref visitor, operand);
    }

    private static string Element(ElementScope element, Form form)
    {
        var folding = form == Form.Folded && element.Property.Kind != ValueKind.String;
        var value = $"coalesce({Shadow(element.Owner, element.Property, folding ? Form.Value : form)}, [])[{element.Index}]";
        return folding ? $"toLower({value})" : value;
    }

    /// <summary>A stored property in the asked form: String properties have a folded shadow, PartialDates a sort-key shadow.</summary>
    private static string Stored(string variable, PropertyDefinition property, Form form) =>
        form == Form.Folded && property.Kind != ValueKind.String
            ? $"toLower({Property(variable, property.Name)})"
            : Shadow(variable, property, form);

    private static string Shadow(string variable, PropertyDefinition property, Form form) => (form, property.Kind) switch
    {
        (Form.Folded, ValueKind.String) => Property(variable, StoredNames.Fold(property.Name)),
        (Form.SortKey, ValueKind.PartialDate) => Property(variable, StoredNames.Sort(property.Name)),
        _ => Property(variable, property.Name),
    };

    /// <summary>The display property of the entity's label, or its id when that is missing; one branch per display property.</summary>
    private static string DisplayName(Scope scope, Form form)
    {
        var groups = scope.Labels.GroupBy(l => (l.Display.Name, l.Display.Kind)).ToArray();
        string Of(PropertyDefinition display)
        {
            var id = form == Form.Folded ? $"toLower({scope.Node}.{IdKey})" : $"{scope.Node}.{IdKey}";
            var value = display.Kind == ValueKind.String || form == Form.Folded
                ? Stored(scope.Node, display, form == Form.Folded ? Form.Folded : Form.Value)
                : $"toString({Property(scope.Node, display.Name)})";
            return $"coalesce({value}, {id})";
        }

        if (groups.Length == 1)
        {
            return Of(groups[0].First().Display);
        }

        var branches = groups.Select(g => $"WHEN {scope.Node}{LabelExpression(g.ToArray())} THEN {Of(g.First().Display)}");
        return "CASE " + string.Join(" ", branches) + " END";
    }

    /// <summary>
    /// An operand of the entity a to-one field leads to. Should several relationships exist, the target
    /// with the lowest id is taken (the embedded store takes the first of its adjacency).
    /// </summary>
    private string ToOne(ToOneOperand toOne, Scope scope, Form form)
    {
        var (pattern, target, relationship) = FieldPattern(scope.Node, toOne.Field);
        var inner = OperandIn(toOne.Inner, new Scope(target, relationship, toOne.Field.Targets), form);
        return $"head(COLLECT {{ MATCH {pattern} WITH {target}, {relationship} ORDER BY {target}.{IdKey} LIMIT 1 RETURN {inner} }})";
    }

    /// <summary>True when the operand's values are PartialDates, whose cursor keys must be read back as such.</summary>
    internal static bool IsPartialDate(Operand operand) => operand switch
    {
        PropertyOperand p => p.Property.Kind == ValueKind.PartialDate,
        EdgePropertyOperand p => p.Property.Kind == ValueKind.PartialDate,
        ToOneOperand toOne => IsPartialDate(toOne.Inner),
        _ => false,
    };
}
