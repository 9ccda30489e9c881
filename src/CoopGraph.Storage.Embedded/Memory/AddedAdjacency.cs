using System.Buffers;

namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// The adjacency entries a batch adds in one direction, gathered in pooled arrays and sorted
/// once by (node, type, neighbour), then handed out node by node in ascending slot order:
/// one sort per batch instead of a list per touched node.
/// </summary>
internal sealed class AddedAdjacency : IDisposable
{
    private NodeEntry[] _pending;
    private TypedEntry[] _sorted = [];
    private int[] _nodes = [];
    private int _count;
    private int _cursor;

    public AddedAdjacency(int capacity) => _pending = ArrayPool<NodeEntry>.Shared.Rent(Math.Max(16, capacity));

    public void Add(int node, TypedEntry entry)
    {
        if (_count == _pending.Length)
        {
            var grown = ArrayPool<NodeEntry>.Shared.Rent(_count * 2);
            _pending.AsSpan(0, _count).CopyTo(grown);
            ArrayPool<NodeEntry>.Shared.Return(_pending);
            _pending = grown;
        }

        _pending[_count++] = new NodeEntry(node, entry);
    }

    /// <summary>Sorts what was added; after this, <see cref="Take"/> hands it out.</summary>
    public void Seal()
    {
        var pending = _pending.AsSpan(0, _count);
        pending.Sort(static (a, b) => a.Node != b.Node ? a.Node.CompareTo(b.Node) : a.Entry.Key.CompareTo(b.Entry.Key));
        _sorted = ArrayPool<TypedEntry>.Shared.Rent(Math.Max(1, _count));
        _nodes = ArrayPool<int>.Shared.Rent(Math.Max(1, _count));
        for (var i = 0; i < pending.Length; i++)
        {
            _sorted[i] = pending[i].Entry;
            _nodes[i] = pending[i].Node;
        }
    }

    /// <summary>The nodes that get entries, ascending, each once, appended to <paramref name="slots"/>.</summary>
    public void AddNodesTo(List<int> slots)
    {
        for (var i = 0; i < _count; i++)
        {
            if (i == 0 || _nodes[i] != _nodes[i - 1])
            {
                slots.Add(_nodes[i]);
            }
        }
    }

    /// <summary>The entries added to <paramref name="node"/>; nodes must be asked for in ascending order.</summary>
    public ReadOnlySpan<TypedEntry> Take(int node)
    {
        while (_cursor < _count && _nodes[_cursor] < node)
        {
            _cursor++;
        }

        var start = _cursor;
        while (_cursor < _count && _nodes[_cursor] == node)
        {
            _cursor++;
        }

        return _sorted.AsSpan(start, _cursor - start);
    }

    public void Dispose()
    {
        ArrayPool<NodeEntry>.Shared.Return(_pending);
        if (_sorted.Length > 0)
        {
            ArrayPool<TypedEntry>.Shared.Return(_sorted);
            ArrayPool<int>.Shared.Return(_nodes);
        }
    }

    private readonly record struct NodeEntry(int Node, TypedEntry Entry);
}
