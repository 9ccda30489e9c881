namespace CoopGraph.Storage.Writes;

/// <summary>A live relationship as stored: canonical property values, its sources and its stamp.</summary>
public sealed record StoredRelationship(string Id, string Type, string Start, string End, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<SourceRef> Sources, FactStamp Stamp);
