using CoopGraph.Storage.Neo4j.Writes;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// A provenance list as the statement returned it: the stored sources JSON, read, and beside it the
/// <c>{__id, __v}</c> pairs of the Source entities the selection asked for, keyed by response name.
/// </summary>
internal readonly record struct Neo4jSources(IReadOnlyList<SourceRef> References, IReadOnlyDictionary<string, object?> Map)
{
    public static Neo4jSources Of(IReadOnlyDictionary<string, object?> map) =>
        new(map.GetValueOrDefault(ResponseKeys.SourcesJson) is string json ? SourcesJson.Read(json) : [], map);
}
