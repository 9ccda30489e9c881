using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// The stored form of a node's or relationship's properties: model values as Neo4j holds them
/// (a PartialDate as its text), plus the shadows the reads need: <c>__fold_p</c> for every String
/// (folded in C# with <see cref="TextFolding"/>, so the folding filters match the embedded store
/// exactly), <c>__sort_p</c> for every PartialDate (its sort key), and the sources.
/// Keys are sorted so that statements and their snapshots are deterministic.
/// </summary>
internal static partial class StoredValues
{
    public static SortedDictionary<string, object?> Encode(
        string id,
        IReadOnlyDictionary<string, object?> properties,
        Func<string, PropertyDefinition?> find,
        IReadOnlyList<SourceRef> sources)
    {
        var stored = new SortedDictionary<string, object?>(StringComparer.Ordinal) { [StoredNames.Id] = id };
        foreach (var (name, value) in properties)
        {
            if (value is null || find(name) is not { } property)
            {
                continue;
            }

            stored[name] = Map(value, v => v is PartialDate date ? date.ToString() : v);
            switch (property.Kind)
            {
                case ValueKind.String:
                    stored[StoredNames.Fold(name)] = Map(value, v => TextFolding.Fold((string)v));
                    break;
                case ValueKind.PartialDate:
                    stored[StoredNames.Sort(name)] = Map(value, v => ((PartialDate)v).SortKey);
                    break;
            }
        }

        stored[StoredNames.Sources] = SourcesJson.Write(sources);
        stored[StoredNames.SourceIds] = sources.Select(s => (object)s.Source).Distinct().ToArray();
        return stored;
    }

    /// <summary>Equality of stored values as Cypher's <c>=</c> sees it for the values this store writes.</summary>
    public static bool Same(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && SameValue(pair.Value, other));

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (object?[] x, object?[] y) => x.Length == y.Length && x.Zip(y).All(p => SameValue(p.First, p.Second)),
        (long x, double y) => x == y,
        (double x, long y) => x == y,
        _ => Equals(a, b),
    };

    private static object Map(object value, Func<object, object> convert) =>
        value is object[] list ? list.Select(convert).ToArray() : convert(value);
}
