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
        var op = Operators.Of(compare.Operator);
        var value = op.Folds ? FoldedOperand(compare.Operand, row, element) : OperandValue(compare.Operand, row, element);
        var comparison = default(ValueComparison);
        return ComparisonDispatch.Evaluate<ValueComparison, object?, bool>(ref comparison, op, value, compare.Value);
    }

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
