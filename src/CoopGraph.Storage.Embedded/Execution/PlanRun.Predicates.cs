using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    private bool Matches(Predicate predicate, Row row, object? element = null)
    {
        switch (predicate)
        {
            case AndPredicate and:
                foreach (var p in and.Operands)
                {
                    if (!Matches(p, row, element))
                    {
                        return false;
                    }
                }

                return true;
            case OrPredicate or:
                foreach (var p in or.Operands)
                {
                    if (Matches(p, row, element))
                    {
                        return true;
                    }
                }

                return false;
            case NotPredicate not:
                return !Matches(not.Operand, row, element);
            case ComparePredicate compare:
                return Compare(compare, row, element);
            case ListPredicate list:
                return Quantify(list.Quantifier, snapshot.GetProperty(row.Node, list.Property) as object[] ?? [], e => Matches(list.Element, row, e));
            case ListAnyPredicate any:
                return (snapshot.GetProperty(row.Node, any.Property) is object[] { Length: > 0 }) == any.Any;
            case RelationshipPredicate relationship:
                var related = Expand(row.Node, relationship.Field);
                return Quantify(relationship.Quantifier, related, r =>
                    (relationship.Node is null || Matches(relationship.Node, r)) && (relationship.Edge is null || Matches(relationship.Edge, r)));
            case RelationshipExistsPredicate exists:
                return (Expand(row.Node, exists.Field).Count > 0) == exists.Exists;
            default:
                throw new PlanExecutionException("INTERNAL", $"The embedded store cannot evaluate a {predicate.GetType().Name}.");
        }
    }

    private static bool Quantify<T>(Quantifier quantifier, IReadOnlyList<T> items, Func<T, bool> match)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (match(item))
            {
                count++;
                if (quantifier is Quantifier.Some)
                {
                    return true;
                }

                if (quantifier is Quantifier.None || (quantifier is Quantifier.Single && count > 1))
                {
                    return false;
                }
            }
            else if (quantifier is Quantifier.All)
            {
                return false;
            }
        }

        return quantifier switch
        {
            Quantifier.Some => false,
            Quantifier.Single => count == 1,
            _ => true,
        };
    }

    private bool Compare(ComparePredicate compare, Row row, object? element)
    {
        var op = compare.Operator;
        var folding = op is CompareOperator.IEq or CompareOperator.IContains or CompareOperator.IStartsWith or CompareOperator.IEndsWith;
        var value = folding ? FoldedOperand(compare.Operand, row, element) : OperandValue(compare.Operand, row, element);
        return op switch
        {
            CompareOperator.Eq => compare.Value is null ? value is null : Values.Equal(value, compare.Value),
            CompareOperator.Neq => compare.Value is null ? value is not null : !Values.Equal(value, compare.Value),
            CompareOperator.In => In(value, compare.Value),
            CompareOperator.Nin => !In(value, compare.Value),
            CompareOperator.Contains or CompareOperator.IContains => Text(value, compare.Value, static (a, b) => a.Contains(b, StringComparison.Ordinal)),
            CompareOperator.NContains => !Text(value, compare.Value, static (a, b) => a.Contains(b, StringComparison.Ordinal)),
            CompareOperator.StartsWith or CompareOperator.IStartsWith => Text(value, compare.Value, static (a, b) => a.StartsWith(b, StringComparison.Ordinal)),
            CompareOperator.NStartsWith => !Text(value, compare.Value, static (a, b) => a.StartsWith(b, StringComparison.Ordinal)),
            CompareOperator.EndsWith or CompareOperator.IEndsWith => Text(value, compare.Value, static (a, b) => a.EndsWith(b, StringComparison.Ordinal)),
            CompareOperator.NEndsWith => !Text(value, compare.Value, static (a, b) => a.EndsWith(b, StringComparison.Ordinal)),
            CompareOperator.IEq => Text(value, compare.Value, static (a, b) => a == b),
            CompareOperator.Gt => Ordered(value, compare.Value, c => c > 0),
            CompareOperator.Ngt => !Ordered(value, compare.Value, c => c > 0),
            CompareOperator.Gte => Ordered(value, compare.Value, c => c >= 0),
            CompareOperator.Ngte => !Ordered(value, compare.Value, c => c >= 0),
            CompareOperator.Lt => Ordered(value, compare.Value, c => c < 0),
            CompareOperator.Nlt => !Ordered(value, compare.Value, c => c < 0),
            CompareOperator.Lte => Ordered(value, compare.Value, c => c <= 0),
            CompareOperator.Nlte => !Ordered(value, compare.Value, c => c <= 0),
            _ => throw new PlanExecutionException("INTERNAL", $"Unknown operator {op}."),
        };
    }

    private static bool In(object? value, object? set)
    {
        if (value is null || set is not object[] items)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (Values.Equal(value, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Text(object? value, object? operand, Func<string, string, bool> test) =>
        value is string text && operand is string other && test(text, other);

    private static bool Ordered(object? value, object? operand, Func<int, bool> test) =>
        value is not null && operand is not null && test(Values.Compare(value, operand));

    private object? OperandValue(Operand operand, Row row, object? element) => operand switch
    {
        IdOperand => snapshot.GetNodeId(row.Node),
        LabelOperand => snapshot.GetLabel(row.Node).Name,
        DisplayNameOperand => DisplayName(row.Node, snapshot.GetLabel(row.Node), null),
        PropertyOperand p => snapshot.GetProperty(row.Node, p.Property),
        EdgePropertyOperand p => row.Relationship >= 0 && snapshot.GetRelationshipType(row.Relationship).Properties is { } props && props.FindProperty(p.Property.Name) is { } defined
            ? snapshot.GetRelationshipProperty(row.Relationship, defined)
            : null,
        ElementOperand => element,
        ToOneOperand toOne => Expand(row.Node, toOne.Field) is { Count: > 0 } targets ? OperandValue(toOne.Inner, targets[0], null) : null,
        RelationshipCountOperand count => (long)Expand(row.Node, count.Field).Count,
        _ => throw new PlanExecutionException("INTERNAL", $"Unknown operand {operand.Describe()}."),
    };

    /// <summary>The folded text of an operand; stored String properties use the store's cached folding.</summary>
    private object? FoldedOperand(Operand operand, Row row, object? element) => operand switch
    {
        PropertyOperand { Property.Kind: ValueKind.String } p => snapshot.GetFoldedString(row.Node, p.Property),
        _ => OperandValue(operand, row, element) is string s ? TextFolding.Fold(s) : null,
    };
}
