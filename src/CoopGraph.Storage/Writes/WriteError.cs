namespace CoopGraph.Storage.Writes;

/// <summary>
/// Why one operation of a batch was refused. <see cref="Code"/> is a stable machine
/// name (UNKNOWN_LABEL, UNKNOWN_PROPERTY, WRONG_TYPE, MISSING_PROPERTY, BAD_ID,
/// UNKNOWN_RELATIONSHIP_TYPE, RELATIONSHIP_NOT_ALLOWED, DANGLING_END, DUPLICATE_UNIQUE,
/// MISSING_SOURCE, UNKNOWN_SOURCE, NOT_FOUND, HAS_RELATIONSHIPS).
/// </summary>
public sealed record WriteError(int OperationIndex, string Code, string Message)
{
    public override string ToString() => $"#{OperationIndex} {Code}: {Message}";
}
