namespace CoopGraph.Benchmarks.Api;

/// <summary>A plain in-memory entity of the control: its label, id, display name and the entities one level down, ordered by id.</summary>
internal sealed class PocoEntity(string label, string id, string name)
{
    public string Label { get; } = label;

    public string Id { get; } = id;

    public string Name { get; } = name;

    public List<PocoEntity> Children { get; } = [];
}
