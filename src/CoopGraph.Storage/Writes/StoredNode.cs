namespace CoopGraph.Storage.Writes;

/// <summary>A live node as stored: canonical property values, its sources and its stamp.</summary>
public sealed record StoredNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<SourceRef> Sources, FactStamp Stamp);
