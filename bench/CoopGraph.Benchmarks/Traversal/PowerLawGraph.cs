using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Storage;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Benchmarks.Traversal;

/// <summary>
/// A synthetic power-law graph, built twice from the same relationship list: into the embedded
/// store's memory through its bulk loader (no SQLite file, no write validation), and as plain
/// int[] CSR arrays (both directions) for the control.
/// </summary>
internal sealed class PowerLawGraph
{
    private const string Definitions = """
        type Source @node { id: ID! @id  title: String! @display  file: String! }
        type Item @node {
          id: ID! @id
          name: String! @display
          links: [Item!]! @relationship(type: "LINK", direction: OUT)
          refs: [Item!]! @relationship(type: "REF", direction: OUT)
        }
        """;

    private PowerLawGraph(GraphSnapshot snapshot, int[] offsets, int[] targets, int[] starts, int[] ends)
    {
        Snapshot = snapshot;
        Offsets = offsets;
        Targets = targets;
        Starts = starts;
        Ends = ends;
    }

    public GraphSnapshot Snapshot { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int NodeCount => Offsets.Length - 1;

    /// <summary>
    /// Ends drawn as ⌊n·u^skew⌋ (u uniform): low ids get most relationships, a heavy-tailed degree
    /// distribution; duplicates of (type, start, end) dropped, as the store keeps one of each.
    /// </summary>
    public static PowerLawGraph Generate(int nodes, int relationships, double skew, int seed)
    {
        var random = new Random(seed);
        var keys = new long[relationships];
        for (var i = 0; i < relationships; i++)
        {
            var start = (long)(nodes * Math.Pow(random.NextDouble(), skew));
            var end = random.Next(nodes);
            keys[i] = (start << 32) | (uint)end;
        }

        Array.Sort(keys);
        var unique = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if ((i == 0 || keys[i] != keys[i - 1]) && (int)(keys[i] >> 32) != (int)keys[i])
            {
                keys[unique++] = keys[i];
            }
        }

        // Shuffle so that relationship slots are not sorted by start, as with real writes.
        for (var i = unique - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (keys[i], keys[j]) = (keys[j], keys[i]);
        }

        var starts = new int[unique];
        var ends = new int[unique];
        for (var i = 0; i < unique; i++)
        {
            starts[i] = (int)(keys[i] >> 32);
            ends[i] = (int)keys[i];
        }

        var (offsets, targets) = Csr(nodes, starts, ends);
        return new PowerLawGraph(Load(nodes, starts, ends), offsets, targets, starts, ends);
    }

    private static GraphSnapshot Load(int nodes, int[] starts, int[] ends)
    {
        var model = ModelCompiler.CompileOrThrow(Definitions);
        var memory = new GraphMemory(model);
        var loader = new GraphLoader(memory, 1);
        var sources = new SourceList(1, [], "[]");
        var item = model.FindLabel("Item")!.Ordinal;
        loader.BeginNodes(nodes, nodes);
        for (var node = 0; node < nodes; node++)
        {
            loader.AddNode(node, "item:" + node.ToString(System.Globalization.CultureInfo.InvariantCulture), item, [], sources, FactStamp.Unrecorded);
        }

        var link = model.FindRelationshipType("LINK")!.Ordinal;
        var reference = model.FindRelationshipType("REF")!.Ordinal;
        loader.BeginRelationships(starts.Length, starts.Length);
        for (var i = 0; i < starts.Length; i++)
        {
            loader.AddRelationship(i, i % 4 == 0 ? reference : link, starts[i], ends[i], [], sources, FactStamp.Unrecorded);
        }

        loader.Finish();
        return new GraphSnapshot(memory);
    }

    /// <summary>Undirected CSR: each relationship in both rows, like the store read with direction BOTH.</summary>
    private static (int[] Offsets, int[] Targets) Csr(int nodes, int[] starts, int[] ends)
    {
        var offsets = new int[nodes + 1];
        for (var i = 0; i < starts.Length; i++)
        {
            offsets[starts[i] + 1]++;
            offsets[ends[i] + 1]++;
        }

        for (var i = 0; i < nodes; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var fill = (int[])offsets.Clone();
        var targets = new int[2 * starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            targets[fill[starts[i]]++] = ends[i];
            targets[fill[ends[i]]++] = starts[i];
        }

        return (offsets, targets);
    }
}
