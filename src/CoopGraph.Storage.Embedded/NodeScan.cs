using System.Collections;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded;

/// <summary>
/// The live nodes of a label (or of the whole graph) in one snapshot, ascending by handle.
/// A struct with a struct enumerator, so <c>foreach</c> over it allocates nothing.
/// </summary>
public readonly struct NodeScan : IEnumerable<int>
{
    private readonly GraphSnapshot _snapshot;
    private readonly ChunkedArray<int>? _slots;
    private readonly int _count;

    internal NodeScan(GraphSnapshot snapshot, ChunkedArray<int>? slots, int count)
    {
        _snapshot = snapshot;
        _slots = slots;
        _count = count;
    }

    public Enumerator GetEnumerator() => new(_snapshot, _slots, _count);

    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<int>
    {
        private readonly GraphSnapshot _snapshot;
        private readonly ChunkedArray<int>? _slots;
        private readonly int _count;
        private int _position;

        internal Enumerator(GraphSnapshot snapshot, ChunkedArray<int>? slots, int count)
        {
            _snapshot = snapshot;
            _slots = slots;
            _count = count;
            _position = -1;
            Current = -1;
        }

        public int Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++_position < _count)
            {
                var node = _slots is null ? _position : _slots[_position];
                if (_snapshot.IsVisible(node))
                {
                    Current = node;
                    return true;
                }
            }

            return false;
        }

        public void Reset()
        {
            _position = -1;
            Current = -1;
        }

        public readonly void Dispose()
        {
        }
    }
}
