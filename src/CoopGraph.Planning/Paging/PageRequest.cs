namespace CoopGraph.Planning.Paging;

/// <summary>Relay paging arguments, validated: at most one of First/Last.</summary>
public sealed record PageRequest(int? First, Cursor? After, int? Last, Cursor? Before)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (First is not null)
        {
            parts.Add($"first {First}");
        }

        if (After is not null)
        {
            parts.Add($"after {After}");
        }

        if (Last is not null)
        {
            parts.Add($"last {Last}");
        }

        if (Before is not null)
        {
            parts.Add($"before {Before}");
        }

        return string.Join(", ", parts);
    }
}
