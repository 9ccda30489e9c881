using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

/// <summary>A small hand-built graph of cities and hubs, written through the store, with short ways to name its parts.</summary>
internal sealed class TestGraph : IAsyncDisposable
{
    public const string Definitions = """
        type Source @node { id: ID! @id  title: String! @display  file: String! }
        type City @node {
          id: ID! @id
          name: String! @display
          founded: PartialDate
          roads: [City!]! @relationship(type: "ROAD", direction: OUT)
          rails: [City!]! @relationship(type: "RAIL", direction: OUT)
        }
        type Hub @node {
          id: ID! @id
          name: String! @display
          serves: [City!]! @relationship(type: "SERVES", direction: OUT)
        }
        """;

    private static readonly SourceRef[] Cited = [new("source:test", "as the test says")];

    private TestGraph(EmbeddedGraphStore store)
    {
        Store = store;
        Snapshot = store.OpenSnapshot();
    }

    public EmbeddedGraphStore Store { get; }

    public GraphSnapshot Snapshot { get; }

    /// <summary>
    /// Builds a graph from lines like <c>a ROAD b</c> (city a to city b); names starting with
    /// <c>hub</c> are hubs. Every named node exists; <paramref name="isolated"/> adds more.
    /// </summary>
    public static async Task<TestGraph> CreateAsync(string edges, params string[] isolated)
    {
        var model = ModelCompiler.CompileOrThrow(Definitions);
        var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = ":memory:" });
        var triples = edges.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var names = triples.SelectMany(t => new[] { t[0], t[2] }).Concat(isolated).Distinct(StringComparer.Ordinal);
        var writes = new List<GraphWrite> { new NodeWrite("source:test", "Source", new Dictionary<string, object?> { ["title"] = "Test", ["file"] = "t.txt" }, Cited) };
        writes.AddRange(names.Select(n => (GraphWrite)new NodeWrite(Id(n), n.StartsWith("hub", StringComparison.Ordinal) ? "Hub" : "City", new Dictionary<string, object?> { ["name"] = n }, Cited)));
        writes.AddRange(triples.Select(t => (GraphWrite)new RelationshipWrite(t[1], Id(t[0]), Id(t[2]), new Dictionary<string, object?>(), Cited)));
        await store.WriteAsync(new GraphBatch(writes));
        return new TestGraph(store);
    }

    public static string Id(string name) => (name.StartsWith("hub", StringComparison.Ordinal) ? "hub:" : "city:") + name;

    public int Node(string name) => Snapshot.TryFindNode(Id(name), out var node) ? node : throw new ArgumentException(name);

    public string Name(int node) => Snapshot.GetNodeId(node).Split(':')[1];

    /// <summary>A path written as <c>a -ROAD> b &lt;RAIL- c</c>.</summary>
    public string Describe(GraphPath path)
    {
        var text = Name(path.Nodes[0]);
        for (var i = 0; i < path.Relationships.Length; i++)
        {
            var relationship = path.Relationships[i];
            var type = Snapshot.GetRelationshipType(relationship).Name;
            text += Snapshot.GetStart(relationship) == path.Nodes[i] && Snapshot.GetEnd(relationship) == path.Nodes[i + 1]
                ? $" -{type}> {Name(path.Nodes[i + 1])}"
                : $" <{type}- {Name(path.Nodes[i + 1])}";
        }

        return text;
    }

    public Expansion Expansion(
        RelationshipDirection direction = RelationshipDirection.Both,
        string[]? types = null,
        string[]? labels = null,
        long maxExpansions = long.MaxValue) =>
        new(
            Snapshot,
            new TraversalBudget(maxExpansions, CancellationToken.None),
            new TraversalFilter(
                types?.Select(t => Snapshot.Model.FindRelationshipType(t)!).ToArray(),
                labels?.Select(l => Snapshot.Model.FindLabel(l)!).ToArray(),
                direction));

    public async ValueTask DisposeAsync()
    {
        Snapshot.Dispose();
        await Store.DisposeAsync();
    }
}
