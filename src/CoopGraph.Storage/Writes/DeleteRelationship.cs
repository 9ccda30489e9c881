namespace CoopGraph.Storage.Writes;

/// <summary>Deletes a relationship by its id (<c>TYPE:start id:end id</c>).</summary>
public sealed record DeleteRelationship(string Id) : GraphWrite;
