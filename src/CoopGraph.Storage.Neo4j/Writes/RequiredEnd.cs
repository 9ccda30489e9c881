namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// A node that keeps a required to-one relationship (<c>Province.country</c>) although the batch deletes one of that
/// type and direction: the write checks again, under the node's lock, that it still has one.
/// </summary>
internal sealed record RequiredEnd(string Id, string Label, string Type, bool Outgoing);
