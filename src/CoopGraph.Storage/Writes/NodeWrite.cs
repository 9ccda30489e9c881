namespace CoopGraph.Storage.Writes;

/// <summary>
/// Creates a node or replaces it whole (properties and sources) when the id exists:
/// a write states the full fact, so writing the same fact twice changes nothing.
/// With <see cref="CreateOnly"/> an id that exists is refused (ALREADY_EXISTS) instead.
/// Property values are canonical: string (String, ID, enums), long (Int), double (Float),
/// bool, <see cref="CoopGraph.Graph.Schema.Values.PartialDate"/>, or a list of those.
/// </summary>
public sealed record NodeWrite(
    string Id,
    string Label,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<SourceRef> Sources) : GraphWrite
{
    public bool CreateOnly { get; init; }
}
