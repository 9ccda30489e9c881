namespace CoopGraph.Benchmarks.Api;

/// <summary>The control's data: plain objects in lists, already ordered, so a resolver only takes a page.</summary>
internal sealed class PocoSource(List<PocoEntity> provinces) : IFanOutSource
{
    public IReadOnlyList<object> Provinces(int first) => provinces.GetRange(0, Math.Min(first, provinces.Count));

    public IReadOnlyList<object> Children(object parent, int first)
    {
        var children = ((PocoEntity)parent).Children;
        return children.GetRange(0, Math.Min(first, children.Count));
    }

    public string Label(object entity) => ((PocoEntity)entity).Label;

    public string Id(object entity) => ((PocoEntity)entity).Id;

    public string Name(object entity) => ((PocoEntity)entity).Name;
}
