namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// The score of every entity of a version under one ranking, with the order of the scores
/// highest first, so that a request for the top few reads only those few (and the entities tied
/// with the last of them) whatever the graph's size. About 16 bytes per entity.
/// </summary>
internal sealed class RankedScores
{
    private readonly int[] _handles;
    private readonly double[] _scores;

    // Indexes into the arrays above, by descending score; ties in no particular order.
    private readonly int[] _order;

    public RankedScores(int[] handles, double[] scores)
    {
        _handles = handles;
        _scores = scores;
        _order = new int[handles.Length];
        for (var i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }

        var descending = Array.ConvertAll(scores, s => -s);
        Array.Sort(descending, _order);
    }

    /// <summary>
    /// The <paramref name="first"/> highest-scoring entities <paramref name="ranked"/> accepts,
    /// ties by id. Every accepted entity tied with the last place is a candidate, so the id order
    /// decides which of them make the cut, exactly as a sort of all of them would.
    /// </summary>
    public List<(int Node, double Score)> Top(GraphSnapshot snapshot, Func<int, bool> ranked, int first)
    {
        var top = new List<(int Node, double Score)>();
        var last = double.NaN;
        foreach (var i in _order)
        {
            if (first <= 0 || (top.Count >= first && _scores[i] != last))
            {
                break;
            }

            if (ranked(_handles[i]))
            {
                top.Add((_handles[i], _scores[i]));
                last = _scores[i];
            }
        }

        top.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(snapshot.GetNodeId(a.Node), snapshot.GetNodeId(b.Node)));
        return top.Count > first ? top.GetRange(0, first) : top;
    }
}
