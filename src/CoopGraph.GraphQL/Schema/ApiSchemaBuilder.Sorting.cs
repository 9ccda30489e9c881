using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning.Operands;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

internal sealed partial class ApiSchemaBuilder
{
    private readonly Dictionary<string, InputObjectGraphType> _sortInputs = new(StringComparer.Ordinal);

    private InputObjectGraphType SortInputFor(RelationshipField r) => SortInputFor(r.TargetTypeName);

    /// <summary>The sort input of a label (its properties, to-one relationships, relationship counts) or a union (id, displayName).</summary>
    private InputObjectGraphType SortInputFor(string typeName)
    {
        var name = ApiNames.SortInput(typeName);
        if (_sortInputs.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var input = new InputObjectGraphType { Name = name, Description = "Sort keys apply in the order given; ties always break by id." };
        _sortInputs[name] = input;
        _extraTypes.Add(input);
        input.AddField(InputField("id", _sortEnum, new SortOperandMeaning(IdOperand.Instance)));
        if (_model.FindLabel(typeName) is not { } label)
        {
            input.AddField(InputField("displayName", _sortEnum, new SortOperandMeaning(DisplayNameOperand.Instance)));
            return input;
        }

        foreach (var p in label.Properties.Where(p => !p.IsList))
        {
            input.AddField(InputField(p.Name, _sortEnum, new SortOperandMeaning(new PropertyOperand(p))));
        }

        foreach (var r in label.Relationships)
        {
            if (r.IsList)
            {
                input.AddField(InputField(ApiNames.CountSortField(r), _sortEnum, new SortOperandMeaning(new RelationshipCountOperand(r)), $"Number of {r.Name}."));
            }
            else
            {
                input.AddField(InputField(r.Name, SortInputFor(r.TargetTypeName), new SortToOneMeaning(r)));
            }
        }

        return input;
    }
}
