using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Storage.Writes;

/// <summary>
/// Creates a relationship or replaces its properties and sources. A relationship is
/// identified by its type and its two ends, so there is at most one per (type, start, end).
/// With <see cref="CreateOnly"/> a relationship that exists is refused (ALREADY_EXISTS) instead.
/// </summary>
public sealed record RelationshipWrite(
    string Type,
    string Start,
    string End,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<SourceRef> Sources) : GraphWrite
{
    public string Id => Identifiers.RelationshipId(Type, Start, End);

    public bool CreateOnly { get; init; }
}
