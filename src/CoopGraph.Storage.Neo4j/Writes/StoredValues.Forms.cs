namespace CoopGraph.Storage.Neo4j.Writes;

internal static partial class StoredValues
{
    /// <summary>The keys a fact's values are not compared on: its sources (compared apart, see <see cref="StoredFact.SourcesJson"/>) and its stamp.</summary>
    public static IReadOnlyList<string> Uncompared { get; } = [StoredNames.Sources, .. StoredNames.Stamp];

    /// <summary>
    /// Whether a stored fact, as Neo4j returned its properties, holds exactly <paramref name="written"/> (a stored form
    /// without stamp), as Cypher's <c>=</c> would see it.
    /// </summary>
    public static bool SameAsStored(IReadOnlyDictionary<string, object?> stored, IReadOnlyDictionary<string, object?> written)
    {
        var compared = 0;
        foreach (var (key, value) in stored)
        {
            if (StoredNames.Stamp.Contains(key))
            {
                continue;
            }

            compared++;
            if (!written.TryGetValue(key, out var other) || !SameValue(value, other))
            {
                return false;
            }
        }

        return compared == written.Count;
    }

    /// <summary>The stored form with other sources: the same values, so nothing is folded again.</summary>
    public static SortedDictionary<string, object?> WithSources(IReadOnlyDictionary<string, object?> stored, IReadOnlyList<SourceRef> sources)
    {
        var props = Copy(stored);
        props[StoredNames.Sources] = SourcesJson.Write(sources);
        props[StoredNames.SourceIds] = sources.Select(s => (object)s.Source).Distinct().ToArray();
        return props;
    }

    /// <summary>The stored form as the write statement sets it: the values with the fact's new stamp.</summary>
    public static SortedDictionary<string, object?> WithStamp(IReadOnlyDictionary<string, object?> stored, FactStamp stamp)
    {
        var props = Copy(stored);
        StoredStamp.AddTo(props, stamp);
        return props;
    }

    /// <summary>The stored form less its sources, as the facts query compares it in Cypher.</summary>
    public static SortedDictionary<string, object?> WithoutSources(IReadOnlyDictionary<string, object?> stored)
    {
        var props = Copy(stored);
        props.Remove(StoredNames.Sources);
        return props;
    }

    private static SortedDictionary<string, object?> Copy(IReadOnlyDictionary<string, object?> stored)
    {
        var copy = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in stored)
        {
            copy[key] = value;
        }

        return copy;
    }
}
