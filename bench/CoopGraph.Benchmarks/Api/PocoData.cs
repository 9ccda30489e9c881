using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.Api;

/// <summary>The part of the stored graph the fan-out query reads, copied into plain objects for the control.</summary>
internal static class PocoData
{
    /// <summary>Every province, ordered by id, each with its agreements and their parties (both ordered by id).</summary>
    public static List<PocoEntity> Provinces(EmbeddedGraphStore store)
    {
        using var snapshot = store.OpenSnapshot();
        var model = snapshot.Model;
        var province = model.FindLabel("Province")!;
        var partyTo = model.FindRelationshipType("PARTY_TO")!;
        var agreementLabel = model.FindLabel("Agreement")!;
        PocoEntity Entity(int node)
        {
            var label = snapshot.GetLabel(node);
            return new PocoEntity(label.Name, snapshot.GetNodeId(node), (string)snapshot.GetProperty(node, label.Display)!);
        }

        List<int> Neighbours(int node, bool outgoing) =>
            [.. snapshot.GetAdjacency(node, outgoing, partyTo).ToArray().Select(e => e.Neighbour).OrderBy(snapshot.GetNodeId, StringComparer.Ordinal)];

        var provinces = new List<PocoEntity>();
        foreach (var node in snapshot.ScanLabel(province).ToArray().OrderBy(snapshot.GetNodeId, StringComparer.Ordinal))
        {
            var p = Entity(node);
            foreach (var agreementNode in Neighbours(node, outgoing: true).Where(n => snapshot.GetLabel(n) == agreementLabel))
            {
                var a = Entity(agreementNode);
                a.Children.AddRange(Neighbours(agreementNode, outgoing: false).Select(Entity));
                p.Children.Add(a);
            }

            provinces.Add(p);
        }

        return provinces;
    }
}
