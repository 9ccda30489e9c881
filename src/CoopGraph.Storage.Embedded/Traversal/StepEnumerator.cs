using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// The relationships of one node an <see cref="Expansion"/> follows, span by span: per
/// direction, all types at once or one type after another. Each span is charged to the budget
/// when it is opened, so the inner loop is a plain span walk.
/// </summary>
internal ref struct StepEnumerator
{
    private readonly GraphSnapshot _snapshot;
    private readonly TraversalBudget _budget;
    private readonly IReadOnlyList<RelationshipType>? _types;
    private readonly int _node;
    private readonly bool _out;
    private readonly bool _in;
    private ReadOnlySpan<AdjacencyEntry> _span;
    private int _position;
    private int _phase;
    private bool _outgoing;

    public StepEnumerator(GraphSnapshot snapshot, TraversalBudget budget, int node, IReadOnlyList<RelationshipType>? types, RelationshipDirection direction)
    {
        _snapshot = snapshot;
        _budget = budget;
        _node = node;
        _types = types;
        _out = direction != RelationshipDirection.In;
        _in = direction != RelationshipDirection.Out;
        _span = [];
        _position = -1;
        _phase = 0;
        Current = default;
    }

    public Step Current { get; private set; }

    public readonly StepEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (true)
        {
            if (++_position < _span.Length)
            {
                var entry = _span[_position];
                Current = new Step(entry.Neighbour, entry.Relationship, _outgoing);
                return true;
            }

            if (!NextSpan())
            {
                return false;
            }
        }
    }

    /// <summary>Phases: outgoing spans first (one per type, or one for all), then incoming ones.</summary>
    private bool NextSpan()
    {
        var perDirection = _types?.Count ?? 1;
        while (_phase < 2 * perDirection)
        {
            var phase = _phase++;
            var outgoing = phase < perDirection;
            if (outgoing ? !_out : !_in)
            {
                continue;
            }

            var typeIndex = phase % perDirection;
            _span = _types is null ? _snapshot.GetAdjacency(_node, outgoing) : _snapshot.GetAdjacency(_node, outgoing, _types[typeIndex]);
            _position = -1;
            _outgoing = outgoing;
            if (_span.Length > 0)
            {
                _budget.Spend(_span.Length);
                return true;
            }
        }

        return false;
    }
}
