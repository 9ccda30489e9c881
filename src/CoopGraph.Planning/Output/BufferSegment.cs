using System.Buffers;

namespace CoopGraph.Planning.Output;

/// <summary>One link of a <see cref="ReadOnlySequence{T}"/> built by <see cref="SegmentedBufferWriter"/>.</summary>
internal sealed class BufferSegment : ReadOnlySequenceSegment<byte>
{
    public BufferSegment(ReadOnlyMemory<byte> memory, long runningIndex)
    {
        Memory = memory;
        RunningIndex = runningIndex;
    }

    public BufferSegment Append(ReadOnlyMemory<byte> memory)
    {
        var next = new BufferSegment(memory, RunningIndex + Memory.Length);
        Next = next;
        return next;
    }
}
