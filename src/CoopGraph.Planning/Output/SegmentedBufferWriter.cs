using System.Buffers;

namespace CoopGraph.Planning.Output;

/// <summary>
/// A buffer writer that grows by adding segments instead of doubling and copying one array:
/// a large response never lands on the large object heap (whose churn costs full collections
/// over the whole in-memory graph) and is never copied while it is written.
/// </summary>
internal sealed class SegmentedBufferWriter : IBufferWriter<byte>
{
    // Under the 85,000-byte large-object threshold.
    private const int MaxSegmentSize = 64 * 1024;

    // Small answers ({ __typename }, a lookup) stay small: segments start here and double up to the maximum.
    private const int FirstSegmentSize = 512;

    private readonly List<(byte[] Buffer, int Written)> _segments = [];
    private byte[] _current = [];
    private int _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _current.AsSpan(_written);
    }

    /// <summary>Forgets everything written, keeping the current segment for the next start.</summary>
    public void Clear()
    {
        _segments.Clear();
        _written = 0;
    }

    /// <summary>Everything written, as one sequence over the segments.</summary>
    public ReadOnlySequence<byte> ToSequence()
    {
        var all = _segments.Append((Buffer: _current, Written: _written)).Where(s => s.Written > 0).ToList();
        if (all.Count <= 1)
        {
            return all.Count == 0 ? ReadOnlySequence<byte>.Empty : new ReadOnlySequence<byte>(all[0].Buffer, 0, all[0].Written);
        }

        var first = new BufferSegment(all[0].Buffer.AsMemory(0, all[0].Written), 0);
        var last = first;
        foreach (var (buffer, written) in all.Skip(1))
        {
            last = last.Append(buffer.AsMemory(0, written));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _written >= needed)
        {
            return;
        }

        if (_written > 0)
        {
            _segments.Add((_current, _written));
        }

        var next = _current.Length == 0 ? FirstSegmentSize : Math.Min(MaxSegmentSize, _current.Length * 2);
        _current = new byte[Math.Max(next, needed)];
        _written = 0;
    }
}
