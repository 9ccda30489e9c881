namespace CoopGraph.Storage.Writes;

/// <summary>
/// Why one operation of a batch was refused. <see cref="Code"/> is a stable machine
/// name (UNKNOWN_LABEL, UNKNOWN_PROPERTY, WRONG_TYPE, MISSING_PROPERTY, BAD_ID,
/// UNKNOWN_RELATIONSHIP_TYPE, RELATIONSHIP_NOT_ALLOWED, DANGLING_END, DUPLICATE_UNIQUE,
/// MISSING_SOURCE, UNKNOWN_SOURCE, QUOTE_NOT_IN_SOURCE, NOT_FOUND, HAS_RELATIONSHIPS, REQUIRED_RELATIONSHIP, ALREADY_EXISTS,
/// VERSION_CONFLICT). <see cref="Field"/> names the part of the operation at fault when there is one: a property
/// name, <c>sources</c>, <c>id</c>, <c>start</c>, <c>end</c> or <c>expectedVersion</c>.
/// </summary>
public sealed record WriteError(int OperationIndex, string Code, string Message)
{
    public string? Field { get; init; }

    /// <summary>For VERSION_CONFLICT: the version the fact has now.</summary>
    public long? CurrentVersion { get; init; }

    public override string ToString() => $"#{OperationIndex} {Code}: {Message}";
}
