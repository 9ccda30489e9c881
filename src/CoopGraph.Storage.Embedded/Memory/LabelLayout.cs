using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Where a label's values sit in a node record's value array: the canonical values by
/// property ordinal, then one folded copy per scalar String property, computed once at write
/// time so filters and search never fold per read.
/// </summary>
internal sealed class LabelLayout
{
    private readonly int[] _foldSlot;

    public LabelLayout(NodeType label)
    {
        Label = label;
        _foldSlot = new int[label.Properties.Count];
        var length = label.Properties.Count;
        foreach (var property in label.Properties)
        {
            _foldSlot[property.Ordinal] = property is { Kind: ValueKind.String, IsList: false } ? length++ : -1;
        }

        Length = length;
        Empty = new object?[length];
    }

    public NodeType Label { get; }

    public int Length { get; }

    /// <summary>The shared value array of a tombstone.</summary>
    public object?[] Empty { get; }

    /// <summary>The position of a property's folded string, or -1 when the property is not folded.</summary>
    public int FoldSlot(PropertyDefinition property) => _foldSlot[property.Ordinal];

    public object?[] Build(IReadOnlyDictionary<string, object?> canonical)
    {
        var values = new object?[Length];
        foreach (var (name, value) in canonical)
        {
            var property = Label.FindProperty(name);
            if (property is not null)
            {
                values[property.Ordinal] = value;
            }
        }

        Fold(values);
        return values;
    }

    /// <summary>Fills the folded copies from the canonical values.</summary>
    public void Fold(object?[] values)
    {
        for (var i = 0; i < _foldSlot.Length; i++)
        {
            if (_foldSlot[i] >= 0 && values[i] is string text)
            {
                values[_foldSlot[i]] = TextFolding.Fold(text);
            }
        }
    }

    /// <summary>Equal canonical values (the folded copies follow from them).</summary>
    public bool SameValues(object?[] left, object?[] right)
    {
        for (var i = 0; i < _foldSlot.Length; i++)
        {
            if (!CanonicalValues.AreEqual(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
