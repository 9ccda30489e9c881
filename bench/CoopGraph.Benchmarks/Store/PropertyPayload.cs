using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.Store;

/// <summary>
/// Estimates the bytes the loaded nodes spend on their values (value arrays, strings, boxed
/// scalars, lists; shared objects counted once) and on their id strings, from .NET's object
/// layout on 64-bit: 24-byte array and box headers, strings 22 + 2 per char, rounded to 8.
/// </summary>
internal static class PropertyPayload
{
    public static (long Properties, long Ids) Measure(EmbeddedGraphStore store, GraphSnapshot snapshot)
    {
        var memory = store.Memory;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        long properties = 0, ids = 0;
        foreach (var node in snapshot.ScanAll())
        {
            ids += StringSize(snapshot.GetNodeId(node));
            var values = memory.Nodes[node]!.Values;
            if (seen.Add(values))
            {
                properties += Round(24 + (8L * values.Length));
            }

            foreach (var value in values)
            {
                properties += ValueSize(value, seen);
            }
        }

        return (properties, ids);
    }

    private static long ValueSize(object? value, HashSet<object> seen)
    {
        if (value is null || !seen.Add(value))
        {
            return 0;
        }

        return value switch
        {
            string text => StringSize(text),
            object[] list => Round(24 + (8L * list.Length)) + list.Sum(item => ValueSize(item, seen)),
            _ => 24,
        };
    }

    private static long StringSize(string text) => Round(22 + (2L * text.Length));

    private static long Round(long bytes) => (bytes + 7) & ~7L;
}
