using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Sources;

/// <summary>Every entity of a label.</summary>
public sealed record ScanLabel(NodeType Label) : EntitySource
{
    public override string Describe() => $"Scan {Label.Name}";
}
