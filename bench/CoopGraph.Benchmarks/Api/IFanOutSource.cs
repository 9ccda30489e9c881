namespace CoopGraph.Benchmarks.Api;

/// <summary>What the resolvers of a per-field fan-out schema read: plain objects, or the store per parent.</summary>
internal interface IFanOutSource
{
    IReadOnlyList<object> Provinces(int first);

    /// <summary>A province's agreements or an agreement's parties, ordered by id.</summary>
    IReadOnlyList<object> Children(object parent, int first);

    string Label(object entity);

    string Id(object entity);

    string Name(object entity);
}
