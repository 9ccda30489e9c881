using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed.Synthetic;

/// <summary>
/// Generates a large graph that is valid against the model, for load and benchmark runs: nodes
/// spread evenly over the labels, relationships over every (type, start label, end label) the
/// model allows, with power-law degrees (<see cref="ZipfPicker"/>), at most one relationship per
/// (type, start, end), and one shared source list citing one generated Source node. The same
/// options give the same graph. Nodes come before the relationships that use them.
/// </summary>
public sealed class SyntheticGraphGenerator
{
    public const string SourceId = "source:synthetic";

    private readonly GraphModel _model;
    private readonly SyntheticGraphOptions _options;
    private readonly IReadOnlyList<SourceRef> _sources = [new SourceRef(SourceId, "Generated synthetic data.")];

    public SyntheticGraphGenerator(GraphModel model, SyntheticGraphOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NodeCount, model.Labels.Count, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.RelationshipCount, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        if (model.FindLabel(GraphModel.SourceLabel) is null)
        {
            throw new ArgumentException("The model has no Source label to cite.", nameof(model));
        }

        _model = model;
        _options = options;
    }

    /// <summary>Nodes of a label (the Source label's first one is the cited source).</summary>
    public int CountOf(NodeType label)
    {
        var labels = _model.Labels.Count;
        return (_options.NodeCount / labels) + (label.Ordinal < _options.NodeCount % labels ? 1 : 0);
    }

    public static string NodeId(NodeType label, int index) =>
        label.Name == GraphModel.SourceLabel && index == 0 ? SourceId : $"{label.IdPrefix}:n{index}";

    public IEnumerable<GraphBatch> Generate()
    {
        var batch = new GraphBatch();
        foreach (var write in Nodes().Concat<GraphWrite>(Relationships()))
        {
            batch.Add(write);
            if (batch.Count == _options.BatchSize)
            {
                yield return batch;
                batch = new GraphBatch();
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private IEnumerable<NodeWrite> Nodes()
    {
        var source = _model.FindLabel(GraphModel.SourceLabel)!;
        yield return Node(source, 0);
        var largest = _model.Labels.Max(CountOf);
        for (var index = 0; index < largest; index++)
        {
            foreach (var label in _model.Labels)
            {
                if (index < CountOf(label) && (label != source || index > 0))
                {
                    yield return Node(label, index);
                }
            }
        }
    }

    private NodeWrite Node(NodeType label, int index) =>
        new(NodeId(label, index), label.Name, SyntheticValues.Properties(label.Properties, label.Name, index), _sources);

    private IEnumerable<RelationshipWrite> Relationships()
    {
        var shapes = _model.RelationshipTypes
            .SelectMany(t => t.Ends.Select(e => (Type: t, Start: _model.FindLabel(e.Start)!, End: _model.FindLabel(e.End)!)))
            .ToArray();
        if (shapes.Length == 0)
        {
            yield break;
        }

        var random = new Random(_options.Seed);
        var seen = new HashSet<(int Type, int StartLabel, int Start, int EndLabel, int End)>(_options.RelationshipCount);
        var attempts = 0L;
        while (seen.Count < _options.RelationshipCount)
        {
            if (++attempts > (_options.RelationshipCount * 20L) + 1000)
            {
                throw new InvalidOperationException(
                    $"Cannot place {_options.RelationshipCount} distinct relationships among {_options.NodeCount} nodes; ask for fewer relationships or more nodes.");
            }

            var (type, startLabel, endLabel) = shapes[random.Next(shapes.Length)];
            var start = ZipfPicker.Pick(random, CountOf(startLabel));
            var end = ZipfPicker.Pick(random, CountOf(endLabel));
            if (!seen.Add((type.Ordinal, startLabel.Ordinal, start, endLabel.Ordinal, end)))
            {
                continue;
            }

            var properties = type.Properties is null
                ? []
                : SyntheticValues.Properties(type.Properties.Properties.Where(p => p.IsRequired).ToArray(), type.Name, seen.Count);
            yield return new RelationshipWrite(type.Name, NodeId(startLabel, start), NodeId(endLabel, end), properties, _sources);
        }
    }
}
