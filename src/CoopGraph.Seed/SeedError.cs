namespace CoopGraph.Seed;

/// <summary>
/// A problem found in a seed file, at a line (1-based; 0 when it concerns the whole file).
/// <see cref="Code"/> is a stable machine name: the write codes of the model
/// (UNKNOWN_LABEL, WRONG_TYPE, DANGLING_END...) or one of <see cref="SeedErrorCodes"/>.
/// </summary>
public sealed record SeedError(string File, int Line, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Code}: {Message}";
}
