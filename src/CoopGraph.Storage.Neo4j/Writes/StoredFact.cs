namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>A node or relationship as the facts query read it, inside the batch's transaction.</summary>
internal sealed record StoredFact(FactStamp Stamp)
{
    /// <summary>
    /// Whether the stored values, leaving out the sources and the stamp, equal those of the batch's first write of the
    /// fact (Cypher compared them); null when the batch does not write it.
    /// </summary>
    public bool? SameValues { get; init; }

    /// <summary>
    /// The stored sources JSON, beside <see cref="SameValues"/>: which quotes are verified is known only once the
    /// Sources' texts are read, so the sources are compared after the read, here.
    /// </summary>
    public string? SourcesJson { get; init; }

    /// <summary>Every stored property, for the facts the batch needs whole: the ones it patches, and the Sources whose text a quote is checked against.</summary>
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    /// <summary>Whether writing <paramref name="props"/> (a stored form without stamp) would leave the fact as it is.</summary>
    public bool IsSameAs(IReadOnlyDictionary<string, object?> props) =>
        Properties is not null
            ? StoredValues.SameAsStored(Properties, props)
            : SameValues == true && SourcesJson is not null && props.TryGetValue(StoredNames.Sources, out var sources) && SourcesJson.Equals(sources);
}
