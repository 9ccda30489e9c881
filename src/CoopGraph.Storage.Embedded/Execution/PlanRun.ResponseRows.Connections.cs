using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    private readonly partial struct ResponseRows
    {
        public long TotalCount(in Page page) => page.TotalCount;

        public bool HasNextPage(in Page page) => page.HasNext;

        public bool HasPreviousPage(in Page page) => page.HasPrevious;

        public int RowCount(in Page page) => page.Rows.Count;

        public EntityRow Node(in Page page, int row, NodesField field) => EntityOf(page.Rows[row]);

        public EntityRow EdgeNode(in Page page, int row, EdgesField edges, NodesField field) => EntityOf(page.Rows[row]);

        public SourceList EdgeSources(in Page page, int row, EdgesField edges, SourcesField field) =>
            new(page.Rows[row].Row.Relationship is var relationship and >= 0 ? _snapshot.GetRelationshipSources(relationship) : []);

        public object? EdgeProperty(in Page page, int row, EdgesField edges, EdgePropertiesField properties, PropertyField field) =>
            page.Rows[row].Row.Relationship is var relationship and >= 0 ? _snapshot.GetRelationshipProperty(relationship, field.Property) : null;

        public bool TryCursor(in Page page, int row, ConnectionField connection, out IReadOnlyList<object?> keys, out string id, out string? relationshipId)
        {
            var keyed = page.Rows[row];
            keys = keyed.Keys;
            id = keyed.Id;
            relationshipId = run.RelationshipIdOf(keyed);
            return true;
        }

        private static EntityRow EntityOf(KeyedRow row) => new(row.Row.Node, row.Id);
    }
}
