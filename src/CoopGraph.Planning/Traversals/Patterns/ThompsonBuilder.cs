using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Traversals.Patterns;

/// <summary>
/// Builds an automaton with empty moves fragment by fragment (Thompson's construction), then
/// removes the empty moves: each state keeps the steps of its empty-move closure.
/// </summary>
internal sealed class ThompsonBuilder(int maxStates, Func<string> overflow)
{
    private readonly List<List<int>> _empty = [];
    private readonly List<List<(RelationshipType? Type, RelationshipDirection Direction, int Target)>> _steps = [];

    public (int Start, int End) Step(RelationshipType? type, RelationshipDirection direction)
    {
        var start = NewState();
        var end = NewState();
        _steps[start].Add((type, direction, end));
        return (start, end);
    }

    public (int Start, int End) Empty()
    {
        var state = NewState();
        return (state, state);
    }

    public (int Start, int End) Sequence((int Start, int End) first, (int Start, int End) second)
    {
        _empty[first.End].Add(second.Start);
        return (first.Start, second.End);
    }

    public (int Start, int End) Choice((int Start, int End) first, (int Start, int End) second)
    {
        var start = NewState();
        var end = NewState();
        _empty[start].AddRange([first.Start, second.Start]);
        _empty[first.End].Add(end);
        _empty[second.End].Add(end);
        return (start, end);
    }

    /// <summary>Zero or one (<paramref name="loop"/> false) or zero or more (true) of the fragment.</summary>
    public (int Start, int End) Optional((int Start, int End) inner, bool loop)
    {
        var start = NewState();
        var end = NewState();
        _empty[start].AddRange([inner.Start, end]);
        _empty[inner.End].Add(end);
        if (loop)
        {
            _empty[inner.End].Add(inner.Start);
        }

        return (start, end);
    }

    public PatternAutomaton Compile((int Start, int End) whole)
    {
        // Only the start and the targets of steps are states of the result.
        var kept = new Dictionary<int, int> { [whole.Start] = 0 };
        var order = new List<int> { whole.Start };
        var transitions = new List<PatternTransition[]>();
        var accepting = new List<bool>();
        for (var i = 0; i < order.Count; i++)
        {
            var closure = Closure(order[i]);
            accepting.Add(closure.Contains(whole.End));
            var steps = new List<PatternTransition>();
            foreach (var state in closure.Order())
            {
                foreach (var (type, direction, target) in _steps[state])
                {
                    if (!kept.TryGetValue(target, out var index))
                    {
                        index = order.Count;
                        kept[target] = index;
                        order.Add(target);
                    }

                    var transition = new PatternTransition(type, direction, index);
                    if (!steps.Contains(transition))
                    {
                        steps.Add(transition);
                    }
                }
            }

            transitions.Add([.. steps]);
        }

        return new PatternAutomaton(0, [.. accepting], [.. transitions]);
    }

    private HashSet<int> Closure(int state)
    {
        var closure = new HashSet<int> { state };
        var stack = new Stack<int>();
        stack.Push(state);
        while (stack.Count > 0)
        {
            foreach (var next in _empty[stack.Pop()])
            {
                if (closure.Add(next))
                {
                    stack.Push(next);
                }
            }
        }

        return closure;
    }

    private int NewState()
    {
        if (_empty.Count >= maxStates)
        {
            throw new InvalidOperationException(overflow());
        }

        _empty.Add([]);
        _steps.Add([]);
        return _empty.Count - 1;
    }
}
