using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// The N+1 control: every resolver goes to the store on its own, per parent — it opens a
/// snapshot, finds the node by id and reads what it needs — the way a resolver per field over
/// a store API is usually written when there is no plan and no batching.
/// </summary>
internal sealed class NaiveStoreSource(EmbeddedGraphStore store) : IFanOutSource
{
    private readonly NodeType _province = store.Model.FindLabel("Province")!;
    private readonly RelationshipType _partyTo = store.Model.FindRelationshipType("PARTY_TO")!;

    public IReadOnlyList<object> Provinces(int first)
    {
        using var snapshot = store.OpenSnapshot();
        var ids = new List<string>(snapshot.CountNodes(_province));
        foreach (var node in snapshot.ScanLabel(_province))
        {
            ids.Add(snapshot.GetNodeId(node));
        }

        ids.Sort(StringComparer.Ordinal);
        return ids.Take(first).Select(id => new StoreRef(_province.Name, id)).ToList();
    }

    public IReadOnlyList<object> Children(object parent, int first)
    {
        var entity = (StoreRef)parent;
        using var snapshot = store.OpenSnapshot();
        if (!snapshot.TryFindNode(entity.Id, out var node))
        {
            return [];
        }

        // A province's agreements leave it; an agreement's parties arrive at it.
        var isProvince = entity.Label == _province.Name;
        var wanted = isProvince ? snapshot.Model.FindLabel("Agreement") : null;
        var children = new List<StoreRef>();
        foreach (var entry in snapshot.GetAdjacency(node, outgoing: isProvince, _partyTo))
        {
            var label = snapshot.GetLabel(entry.Neighbour);
            if (wanted is null || label == wanted)
            {
                children.Add(new StoreRef(label.Name, snapshot.GetNodeId(entry.Neighbour)));
            }
        }

        children.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return children.Take(first).ToList();
    }

    public string Label(object entity) => ((StoreRef)entity).Label;

    public string Id(object entity) => ((StoreRef)entity).Id;

    public string Name(object entity)
    {
        var id = ((StoreRef)entity).Id;
        using var snapshot = store.OpenSnapshot();
        if (!snapshot.TryFindNode(id, out var node))
        {
            return id;
        }

        var label = snapshot.GetLabel(node);
        return snapshot.GetProperty(node, label.Display) as string ?? id;
    }
}
