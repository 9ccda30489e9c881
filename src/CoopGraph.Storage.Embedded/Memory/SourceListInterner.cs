namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>The writer's table of interned source lists, by canonical JSON.</summary>
internal sealed class SourceListInterner
{
    private readonly Dictionary<string, SourceList> _byJson = new(StringComparer.Ordinal);

    public int NextId { get; private set; } = 1;

    public SourceList? Find(string json) => _byJson.GetValueOrDefault(json);

    public void Add(SourceList list)
    {
        _byJson[list.Json] = list;
        NextId = Math.Max(NextId, list.Id + 1);
    }
}
