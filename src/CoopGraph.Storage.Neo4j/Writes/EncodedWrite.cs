namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// The stored form the facts query computed for a plain write, with the source list it encoded: the resolver may mark
/// quotes verified, and then only the sources are encoded again.
/// </summary>
internal sealed record EncodedWrite(IReadOnlyList<SourceRef> Sources, IReadOnlyDictionary<string, object?> Props);
