namespace CoopGraph.Storage.Writes;

/// <summary>
/// Deletes a relationship by its id (<c>TYPE:start id:end id</c>). <see cref="ExpectedVersion"/>, when given, must be
/// its stored version (else VERSION_CONFLICT).
/// </summary>
public sealed record DeleteRelationship(string Id) : GraphWrite
{
    public long? ExpectedVersion { get; init; }
}
