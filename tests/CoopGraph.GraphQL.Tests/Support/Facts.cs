using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.GraphQL.Tests.Support;

/// <summary>Short ways to write test facts, each with a source.</summary>
internal static class Facts
{
    public const string SourceId = "source:test";

    public static readonly SourceRef[] Cited = [new SourceRef(SourceId, "as the test says")];

    public static NodeWrite Source() =>
        new(SourceId, "Source", new Dictionary<string, object?> { ["title"] = "Test source", ["file"] = "test.txt" }, Cited);

    public static NodeWrite Node(string id, string label, params (string Name, object? Value)[] properties) =>
        new(id, label, properties.ToDictionary(p => p.Name, p => p.Value), Cited);

    public static RelationshipWrite Rel(string type, string start, string end, params (string Name, object? Value)[] properties) =>
        new(type, start, end, properties.ToDictionary(p => p.Name, p => p.Value), Cited);
}
