namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// An array that grows by whole chunks, so growing never moves an element a reader may be
/// reading. Only the single writer calls <see cref="EnsureCapacity"/> and the setter; readers
/// may read concurrently. Publishing the grown chunk table is a reference store, which the
/// .NET memory model makes a release, so a reader that sees the new table sees its chunks.
/// </summary>
internal sealed class ChunkedArray<T>
{
    private const int Shift = 14;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private T[][] _chunks = [];

    public int Capacity => _chunks.Length << Shift;

    public T this[int index]
    {
        get => _chunks[index >> Shift][index & Mask];
        set => _chunks[index >> Shift][index & Mask] = value;
    }

    /// <summary>The element, or default when the index lies beyond what was ever allocated.</summary>
    public T? GetOrDefault(int index)
    {
        var chunks = _chunks;
        var chunk = index >> Shift;
        return index < 0 || chunk >= chunks.Length ? default : chunks[chunk][index & Mask];
    }

    public void EnsureCapacity(int count)
    {
        var chunks = _chunks;
        var needed = (count + Mask) >> Shift;
        if (needed <= chunks.Length)
        {
            return;
        }

        var grown = new T[needed][];
        Array.Copy(chunks, grown, chunks.Length);
        for (var i = chunks.Length; i < needed; i++)
        {
            grown[i] = new T[ChunkSize];
        }

        _chunks = grown;
    }
}
