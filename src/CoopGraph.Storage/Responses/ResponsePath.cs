using System.Runtime.CompilerServices;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>
/// Where in the response the writer is: the fields entered and, inside lists, the item's index. It names a failed
/// field's path, finds where the error's null lands (the innermost field or list item that may be null), and, on the
/// next pass, tells the writer it has reached a position to write as null.
/// </summary>
internal sealed class ResponsePath
{
    private const int NoIndex = -1;

    private readonly List<(OutputField?[] Fields, int[] Indexes)> _nulled = [];
    private OutputField?[] _fields = new OutputField?[32];
    private int[] _indexes = new int[32];
    private int _depth;

    // Read at every field and item the writer enters; a bool, so the common case (no error so far) is one load.
    private bool _anyNulled;

    public int Depth => _depth;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterField(OutputField field) => Push(field, NoIndex);

    /// <summary>Enters the items of the list the field just entered holds; <see cref="AtItem"/> then moves from item to item.</summary>
    public void EnterList() => Push(null, NoIndex);

    public void Leave() => _depth--;

    /// <summary>Moves to item <paramref name="index"/> of the list entered last; true when the item is to be written as null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AtItem(int index)
    {
        _indexes[_depth - 1] = index;
        return _anyNulled && IsNulled();
    }

    /// <summary>True when the field entered last is to be written as null.</summary>
    public bool AtNulledField() => _anyNulled && IsNulled();

    /// <summary>The path as the response names it: response names and list indexes.</summary>
    public object[] Segments()
    {
        var segments = new object[_depth];
        for (var i = 0; i < _depth; i++)
        {
            segments[i] = _fields[i]?.ResponseName ?? (object)_indexes[i];
        }

        return segments;
    }

    /// <summary>The field entered last (the failed one).</summary>
    public OutputField? InnermostField()
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            if (_fields[i] is { } field)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// Marks, for the next pass, the innermost position at or above the current one that may be null; false when there
    /// is none and the null reaches the data itself.
    /// </summary>
    public bool NullInnermostNullable()
    {
        for (var depth = _depth; depth > 0; depth--)
        {
            var mayBeNull = _fields[depth - 1] is { } field
                ? field.Site?.Nullable == true
                : depth >= 2 && _fields[depth - 2]?.Site?.NullableItems == true;
            if (mayBeNull)
            {
                _nulled.Add((_fields[..depth], _indexes[..depth]));
                _anyNulled = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>Back to the top, for the next pass; the positions to null stay.</summary>
    public void Restart() => _depth = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(OutputField? field, int index)
    {
        if (_depth == _fields.Length)
        {
            Grow();
        }

        _fields[_depth] = field;
        _indexes[_depth] = index;
        _depth++;
    }

    private void Grow()
    {
        Array.Resize(ref _fields, _depth * 2);
        Array.Resize(ref _indexes, _depth * 2);
    }

    private bool IsNulled()
    {
        foreach (var (fields, indexes) in _nulled)
        {
            if (fields.Length == _depth && Matches(fields, indexes))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(OutputField?[] fields, int[] indexes)
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            if (!ReferenceEquals(fields[i], _fields[i]) || indexes[i] != _indexes[i])
            {
                return false;
            }
        }

        return true;
    }
}
