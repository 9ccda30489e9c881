using System.Numerics;

namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// A hash multimap from a 32-bit key hash to slots, for one writer and any number of
/// lock-free readers. Entries are only ever added, so an entry a reader needs can never
/// vanish under it; readers verify every candidate against their own snapshot (the key may
/// collide, or the slot may hold another value at the reader's version). The table is
/// open addressing over longs (hash in the high half, slot + 1 in the low half, 0 = empty):
/// one aligned 64-bit store publishes an entry atomically, and growing builds a new table
/// before publishing it, so a reader sees either table whole.
/// </summary>
internal sealed class SlotHashIndex
{
    private long[] _table;
    private int _count;

    public SlotHashIndex(int capacity = 16)
    {
        _table = new long[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2))];
    }

    public int Count => _count;

    /// <summary>Adds the pair unless it is there already.</summary>
    public void Add(int hash, int slot)
    {
        if (Contains(hash, slot))
        {
            return;
        }

        if ((_count + 1) * 2 > _table.Length)
        {
            Grow();
        }

        Insert(_table, Entry(hash, slot));
        _count++;
    }

    /// <summary>Grows ahead of a bulk load so adding does not rehash repeatedly.</summary>
    public void Reserve(int additional)
    {
        var needed = (_count + additional) * 2;
        if (needed > _table.Length)
        {
            Rehash((int)BitOperations.RoundUpToPowerOf2((uint)needed));
        }
    }

    /// <summary>Adds without the duplicate check, for pairs known to be new (a fresh slot).</summary>
    public void AddNew(int hash, int slot)
    {
        if ((_count + 1) * 2 > _table.Length)
        {
            Grow();
        }

        Insert(_table, Entry(hash, slot));
        _count++;
    }

    public bool Contains(int hash, int slot)
    {
        var wanted = Entry(hash, slot);
        var table = _table;
        var mask = table.Length - 1;
        for (var i = Start(hash, mask); ; i = (i + 1) & mask)
        {
            var entry = table[i];
            if (entry == 0)
            {
                return false;
            }

            if (entry == wanted)
            {
                return true;
            }
        }
    }

    public Candidates Find(int hash) => new(_table, hash);

    private static long Entry(int hash, int slot) => ((long)(uint)hash << 32) | (uint)(slot + 1);

    private static int Start(int hash, int mask) => (int)(((uint)hash * 0x9E3779B9u) >> 7) & mask;

    private static void Insert(long[] table, long entry)
    {
        var mask = table.Length - 1;
        var i = Start((int)(entry >> 32), mask);
        while (table[i] != 0)
        {
            i = (i + 1) & mask;
        }

        table[i] = entry;
    }

    private void Grow() => Rehash(_table.Length * 2);

    private void Rehash(int size)
    {
        var grown = new long[size];
        foreach (var entry in _table)
        {
            if (entry != 0)
            {
                Insert(grown, entry);
            }
        }

        _table = grown;
    }

    /// <summary>The slots stored under one hash; a struct so a lookup allocates nothing.</summary>
    public struct Candidates
    {
        private readonly long[] _table;
        private readonly uint _hash;
        private readonly int _mask;
        private int _index;

        internal Candidates(long[] table, int hash)
        {
            _table = table;
            _hash = (uint)hash;
            _mask = table.Length - 1;
            _index = Start(hash, _mask) - 1;
            Current = -1;
        }

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                _index = (_index + 1) & _mask;
                var entry = _table[_index];
                if (entry == 0)
                {
                    return false;
                }

                if ((uint)(entry >> 32) == _hash)
                {
                    Current = (int)(uint)entry - 1;
                    return true;
                }
            }
        }
    }
}
