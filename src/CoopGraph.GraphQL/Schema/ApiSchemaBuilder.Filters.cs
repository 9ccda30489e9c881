using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Predicates;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    private static readonly IReadOnlyList<OperatorDefinition> StringOperators = Operators.For(OperandKinds.Text);

    private static readonly IReadOnlyList<OperatorDefinition> ComparableOperators = Operators.For(OperandKinds.Ordered);

    private static readonly IReadOnlyList<OperatorDefinition> EqualityOperators = Operators.For(OperandKinds.Boolean);

    private static readonly IReadOnlyList<OperatorDefinition> EnumOperators = Operators.For(OperandKinds.Enum);

    private readonly Dictionary<string, InputObjectGraphType> _filterInputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType> _operationInputs = new(StringComparer.Ordinal);

    /// <summary>The filter input of a label, a union or a relationship-properties type, built once.</summary>
    private InputObjectGraphType FilterInputFor(string typeName)
    {
        var name = ApiNames.FilterInput(typeName);
        if (_filterInputs.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var input = new InputObjectGraphType { Name = name };
        _filterInputs[name] = input;
        _extraTypes.Add(input);
        AddLogical(input);
        if (_model.FindLabel(typeName) is { } label)
        {
            input.AddField(InputField("id", OperationInput("ID", ComparableOperators, new IdGraphType()), new FilterOperandMeaning(IdOperand.Instance)));
            AddLabelFilterFields(input, label);
        }
        else if (_model.PropertiesTypes.FirstOrDefault(p => p.Name == typeName) is { } properties)
        {
            foreach (var p in properties.Properties)
            {
                AddPropertyFilter(input, p, new EdgePropertyOperand(p));
            }
        }
        else
        {
            // A union: only what every entity has can be filtered.
            input.AddField(InputField("id", OperationInput("ID", ComparableOperators, new IdGraphType()), new FilterOperandMeaning(IdOperand.Instance)));
            input.AddField(InputField("label", OperationInput("String", StringOperators, new StringGraphType()), new FilterOperandMeaning(LabelOperand.Instance)));
            input.AddField(InputField("displayName", OperationInput("String", StringOperators, new StringGraphType()), new FilterOperandMeaning(DisplayNameOperand.Instance)));
        }

        return input;
    }

    private void AddLabelFilterFields(InputObjectGraphType input, NodeType label)
    {
        foreach (var p in label.Properties)
        {
            AddPropertyFilter(input, p, new PropertyOperand(p));
        }

        foreach (var r in label.Relationships)
        {
            var target = FilterInputFor(r.TargetTypeName);
            input.AddField(InputField(r.Name, r.IsList ? ListFilterInput(r.TargetTypeName, target) : target, new RelationshipFilterMeaning(r)));
        }
    }

    private void AddLogical(InputObjectGraphType input)
    {
        input.AddField(InputField("and", ListOf(NonNull(input)), new LogicalMeaning(LogicalKind.And)));
        input.AddField(InputField("or", ListOf(NonNull(input)), new LogicalMeaning(LogicalKind.Or)));
        input.AddField(InputField("not", input, new LogicalMeaning(LogicalKind.Not)));
    }

    private void AddPropertyFilter(InputObjectGraphType input, PropertyDefinition p, Operand operand)
    {
        var (scalarName, operators) = p.Kind switch
        {
            ValueKind.String => ("String", StringOperators),
            ValueKind.Boolean => ("Boolean", EqualityOperators),
            ValueKind.Enum => (p.EnumType!.Name, EnumOperators),
            ValueKind.Id => ("ID", ComparableOperators),
            ValueKind.Int => ("Int", ComparableOperators),
            ValueKind.Float => ("Float", ComparableOperators),
            ValueKind.PartialDate => ("PartialDate", ComparableOperators),
            _ => throw new ArgumentOutOfRangeException(nameof(p), p.Kind, "Unknown value kind."),
        };
        var operation = OperationInput(scalarName, operators, ScalarOf(p));
        if (!p.IsList)
        {
            input.AddField(InputField(p.Name, operation, new FilterOperandMeaning(operand)));
            return;
        }

        var listName = ApiNames.ListOperationFilterInput(scalarName);
        if (!_operationInputs.TryGetValue(listName, out var list))
        {
            list = new InputObjectGraphType { Name = listName };
            list.AddField(InputField("some", operation, new QuantifierMeaning(Quantifier.Some)));
            list.AddField(InputField("all", operation, new QuantifierMeaning(Quantifier.All)));
            list.AddField(InputField("none", operation, new QuantifierMeaning(Quantifier.None)));
            list.AddField(InputField("any", new BooleanGraphType(), new AnyMeaning()));
            _operationInputs[listName] = list;
            _extraTypes.Add(list);
        }

        input.AddField(InputField(p.Name, list, new ListOperandMeaning(p)));
    }

    private InputObjectGraphType OperationInput(string scalarName, IReadOnlyList<OperatorDefinition> operators, IGraphType scalar)
    {
        var name = ApiNames.OperationFilterInput(scalarName);
        if (_operationInputs.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var input = new InputObjectGraphType { Name = name };
        foreach (var op in operators)
        {
            input.AddField(InputField(op.ApiName, op.TakesList ? ListOf(NonNull(scalar)) : scalar, new OperatorMeaning(op.Operator), op.Description));
        }

        _operationInputs[name] = input;
        _extraTypes.Add(input);
        return input;
    }

    private InputObjectGraphType ListFilterInput(string targetTypeName, InputObjectGraphType target)
    {
        var name = ApiNames.ListFilterInput(targetTypeName);
        if (_filterInputs.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var input = new InputObjectGraphType { Name = name };
        input.AddField(InputField("some", target, new QuantifierMeaning(Quantifier.Some), "At least one related entity matches."));
        input.AddField(InputField("all", target, new QuantifierMeaning(Quantifier.All), "Every related entity matches (true when there are none)."));
        input.AddField(InputField("none", target, new QuantifierMeaning(Quantifier.None), "No related entity matches."));
        input.AddField(InputField("single", target, new QuantifierMeaning(Quantifier.Single), "Exactly one related entity matches."));
        input.AddField(InputField("any", new BooleanGraphType(), new AnyMeaning(), "true: has at least one related entity; false: has none."));
        _filterInputs[name] = input;
        _extraTypes.Add(input);
        return input;
    }

    /// <summary>
    /// The where of a relationship connection: the target's filter fields, plus <c>node</c>
    /// and, when the relationship has properties, <c>edge</c>.
    /// </summary>
    private InputObjectGraphType RelationshipWhere(RelationshipField r)
    {
        var target = FilterInputFor(r.TargetTypeName);
        if (r.RelationshipType.Properties is null)
        {
            return target;
        }

        var input = new InputObjectGraphType { Name = ApiNames.RelationshipWhereType(r) };
        _extraTypes.Add(input);
        AddLogical(input);
        input.AddField(InputField("node", target, new ConnectionFilterMeaning(ConnectionFilterKind.Node), "A filter on the related entity."));
        input.AddField(InputField("edge", FilterInputFor(r.RelationshipType.Properties.Name), new ConnectionFilterMeaning(ConnectionFilterKind.Edge), "A filter on the relationship's properties."));
        if (r.HasSingleTarget)
        {
            input.AddField(InputField("id", OperationInput("ID", ComparableOperators, new IdGraphType()), new FilterOperandMeaning(IdOperand.Instance)));
            AddLabelFilterFields(input, r.Targets[0]);
        }

        return input;
    }
}
