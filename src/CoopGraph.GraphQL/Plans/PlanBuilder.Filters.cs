using System.Collections;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Predicates;
using GraphQL;
using GraphQL.Types;
using OperatorTable = CoopGraph.Planning.Predicates.Operators;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    /// <summary>
    /// Reads a filter input value into a predicate; null when it constrains nothing.
    /// Several fields in one object all apply (and); a field given null is ignored, as in HotChocolate.
    /// </summary>
    private Predicate? BuildPredicate(IInputObjectGraphType type, IDictionary<string, object?> value)
    {
        var parts = new List<Predicate>();
        foreach (var (name, raw) in value)
        {
            if (raw is null)
            {
                continue;
            }

            var field = type.GetField(name)!;
            var part = FieldMeaning.Of(field) switch
            {
                LogicalMeaning { Kind: LogicalKind.Not } => BuildPredicate(type, AsObject(raw)) is { } inner ? new NotPredicate(inner) : null,
                LogicalMeaning { Kind: var kind } => Combine(kind, AsList(raw).Select(v => BuildPredicate(type, AsObject(v)))),
                FilterOperandMeaning operand => Operators(operand.Operand, KindOf(operand.Operand), AsObject(raw)),
                ListOperandMeaning list => ListFilter(list.Property, (IInputObjectGraphType)field.ResolvedType!.GetNamedType(), AsObject(raw)),
                RelationshipFilterMeaning relationship => RelationshipFilter(relationship.Field, (IInputObjectGraphType)field.ResolvedType!.GetNamedType(), AsObject(raw)),
                ConnectionFilterMeaning => BuildPredicate((IInputObjectGraphType)field.ResolvedType!.GetNamedType(), AsObject(raw)),
                _ => null,
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AndPredicate(parts),
        };
    }

    private static Predicate? Combine(LogicalKind kind, IEnumerable<Predicate?> operands)
    {
        var list = operands.ToList();

        // An empty or match-all operand decides an "or" (everything matches) and drops out of an "and".
        if (kind == LogicalKind.Or && list.Any(p => p is null))
        {
            return null;
        }

        var present = list.OfType<Predicate>().ToArray();
        return present.Length switch
        {
            0 => null,
            1 => present[0],
            _ => kind == LogicalKind.And ? new AndPredicate(present) : new OrPredicate(present),
        };
    }

    private Predicate? Operators(Operand operand, ValueKind kind, IDictionary<string, object?> operators)
    {
        var parts = new List<Predicate>();
        foreach (var (name, raw) in operators)
        {
            if (!OperatorTable.TryFind(name, out var op))
            {
                Fail("INTERNAL", $"The filter operator '{name}' is not in the operator table.");
                continue;
            }

            // Only equality gives null a meaning (a missing value); any other operator given null is left out.
            if (raw is null && (op.Comparison != Comparison.Equal || op.Folds))
            {
                continue;
            }

            var value = op.TakesList ? AsList(raw).Select(v => Canonical(kind, v)).ToArray() : Canonical(kind, raw);
            if (op.Folds && value is string text)
            {
                value = TextFolding.Fold(text);
            }

            parts.Add(new ComparePredicate(operand, op.Operator, value));
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AndPredicate(parts),
        };
    }

    private Predicate? ListFilter(PropertyDefinition property, IInputObjectGraphType type, IDictionary<string, object?> value)
    {
        var parts = new List<Predicate>();
        foreach (var (name, raw) in value)
        {
            if (raw is null)
            {
                continue;
            }

            switch (FieldMeaning.Of(type.GetField(name)!))
            {
                case AnyMeaning:
                    parts.Add(new ListAnyPredicate(property, (bool)raw));
                    break;
                case QuantifierMeaning q:
                    var element = Operators(ElementOperand.Instance, property.Kind, AsObject(raw));
                    parts.Add(new ListPredicate(property, q.Quantifier, element ?? new AndPredicate([])));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : parts.Count == 0 ? null : new AndPredicate(parts);
    }

    private Predicate? RelationshipFilter(RelationshipField relationship, IInputObjectGraphType type, IDictionary<string, object?> value)
    {
        if (!relationship.IsList)
        {
            return new RelationshipPredicate(relationship, Quantifier.Some, BuildPredicate(type, value), null);
        }

        var parts = new List<Predicate>();
        foreach (var (name, raw) in value)
        {
            if (raw is null)
            {
                continue;
            }

            var field = type.GetField(name)!;
            switch (FieldMeaning.Of(field))
            {
                case AnyMeaning:
                    parts.Add(new RelationshipExistsPredicate(relationship, (bool)raw));
                    break;
                case QuantifierMeaning q:
                    var target = (IInputObjectGraphType)field.ResolvedType!.GetNamedType();
                    parts.Add(new RelationshipPredicate(relationship, q.Quantifier, BuildPredicate(target, AsObject(raw)), null));
                    break;
            }
        }

        return parts.Count == 1 ? parts[0] : parts.Count == 0 ? null : new AndPredicate(parts);
    }

    private static ValueKind KindOf(Operand operand) => operand switch
    {
        PropertyOperand p => p.Property.Kind,
        EdgePropertyOperand p => p.Property.Kind,
        IdOperand => ValueKind.Id,
        _ => ValueKind.String,
    };

    /// <summary>A coerced GraphQL input value in the stores' canonical form.</summary>
    private static object? Canonical(ValueKind kind, object? value) => (kind, value) switch
    {
        (_, null) => null,
        (ValueKind.Int, int i) => (long)i,
        (ValueKind.Int, long l) => l,
        (ValueKind.Float, int i) => (double)i,
        (ValueKind.Float, long l) => (double)l,
        (ValueKind.Float, float f) => (double)f,
        (ValueKind.Float, decimal m) => (double)m,
        (_, PartialDate p) => p,
        _ => value is IConvertible ? value : value.ToString(),
    };

    private static IDictionary<string, object?> AsObject(object? value) =>
        value as IDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static IEnumerable<object?> AsList(object? value) => value switch
    {
        null => [],
        string s => [s],
        IEnumerable e => e.Cast<object?>(),
        _ => [value],
    };
}
