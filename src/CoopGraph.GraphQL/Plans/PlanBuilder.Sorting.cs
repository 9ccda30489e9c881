using System.Collections;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Paging;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Plans;

internal sealed partial class PlanBuilder
{
    private static readonly SortKey ById = new(IdOperand.Instance, Descending: false);

    /// <summary>
    /// The order of a connection: the keys given, in order (within one input object, in the
    /// order its fields were written), then the id so the order is total and cursors are exact.
    /// </summary>
    private List<SortKey> BuildOrder(string typeName, object? order)
    {
        var keys = new List<SortKey>();
        if (order is IEnumerable items)
        {
            var type = (IInputObjectGraphType)_context.Schema.AllTypes[Schema.ApiNames.SortInput(typeName)]!;
            foreach (var item in items)
            {
                if (item is IDictionary<string, object?> value)
                {
                    AddSortKeys(type, value, keys, wrap: o => o);
                }
            }
        }

        if (keys.Count == 0 || keys[^1].Operand is not IdOperand)
        {
            keys.RemoveAll(k => k.Operand is IdOperand);
            keys.Add(ById);
        }

        return keys;
    }

    private static void AddSortKeys(IInputObjectGraphType type, IDictionary<string, object?> value, List<SortKey> keys, Func<Operand, Operand> wrap)
    {
        foreach (var (name, raw) in value)
        {
            if (raw is null)
            {
                continue;
            }

            var field = type.GetField(name)!;
            switch (FieldMeaning.Of(field))
            {
                case SortOperandMeaning sort:
                    keys.Add(new SortKey(wrap(sort.Operand), Descending: Equals(raw, "DESC")));
                    break;
                case SortToOneMeaning toOne when raw is IDictionary<string, object?> nested:
                    AddSortKeys((IInputObjectGraphType)field.ResolvedType!.GetNamedType(), nested, keys, o => wrap(new ToOneOperand(toOne.Field, o)));
                    break;
            }
        }
    }
}
