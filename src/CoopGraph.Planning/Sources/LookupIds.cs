using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Sources;

/// <summary>Entities by id, kept only when their label is one of <see cref="Labels"/>.</summary>
public sealed record LookupIds(IReadOnlyList<string> Ids, IReadOnlyList<NodeType> Labels) : EntitySource
{
    public override string Describe() =>
        $"Lookup [{string.Join(", ", Ids.Select(i => "\"" + i + "\""))}] as {LabelsText(Labels)}";

    internal static string LabelsText(IReadOnlyList<NodeType> labels) =>
        labels.Count > 3 ? $"{labels.Count} labels" : string.Join("|", labels.Select(l => l.Name));
}
