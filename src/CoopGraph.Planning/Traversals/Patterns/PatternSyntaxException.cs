namespace CoopGraph.Planning.Traversals.Patterns;

/// <summary>A path pattern that does not parse; <see cref="Position"/> is 1-based.</summary>
public sealed class PatternSyntaxException(int position, string reason)
    : Exception($"Bad path pattern at position {position}: {reason}.")
{
    public int Position { get; } = position;
}
