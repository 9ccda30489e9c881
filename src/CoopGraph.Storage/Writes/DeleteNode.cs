namespace CoopGraph.Storage.Writes;

/// <summary>Deletes a node; with <paramref name="Detach"/> its relationships go too, without it a node that has any is refused.</summary>
public sealed record DeleteNode(string Id, bool Detach = false) : GraphWrite;
