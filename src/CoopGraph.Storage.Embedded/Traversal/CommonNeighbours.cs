namespace CoopGraph.Storage.Embedded.Traversal;

internal static class CommonNeighbours
{
    /// <summary>Nodes adjacent (either direction) to both <paramref name="a"/> and <paramref name="b"/>, neither of them, in handle order.</summary>
    public static List<int> Find(Expansion expansion, int a, int b)
    {
        var ofA = new HashSet<int>();
        foreach (var step in expansion.Steps(a))
        {
            ofA.Add(step.Neighbour);
        }

        var common = new SortedSet<int>();
        foreach (var step in expansion.Steps(b))
        {
            if (ofA.Contains(step.Neighbour) && step.Neighbour != a && step.Neighbour != b)
            {
                common.Add(step.Neighbour);
            }
        }

        return [.. common];
    }
}
