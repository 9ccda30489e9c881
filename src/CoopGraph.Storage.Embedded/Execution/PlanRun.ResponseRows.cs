using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Storage.Responses;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>
    /// The snapshot as rows for the shared response writer: entities are node slots, relationships are
    /// relationship slots, and connection pages, expansions and traversal results are computed by this run
    /// when the writer reaches them. It and every row type are structs, so the writer is compiled for them alone
    /// (no code shared over reference types) and its calls inline.
    /// </summary>
    private readonly partial struct ResponseRows(PlanRun run) : IResponseRows<EntityRow, int, Page, SourceList, TraversalResult>
    {
        private readonly GraphSnapshot _snapshot = run.Snapshot;

        public EntityRow Root => EntityRow.None;

        public void Step() => run.Tick();

        public void WriteStoreQuery(StoreQueryField field, Utf8JsonWriter writer) =>
            throw new PlanExecutionException("BAD_USER_INPUT", "cypher needs the Neo4j store (CoopGraph:Store=Neo4j); the embedded store does not run Cypher.");

        public NodeType? Label(in EntityRow entity, EntityProjection projection) => entity.Node < 0 ? null : _snapshot.GetLabel(entity.Node);

        public string? Id(in EntityRow entity, OutputField field) => entity.Id ?? _snapshot.GetNodeId(entity.Node);

        public string DisplayName(in EntityRow entity, NodeType label, OutputField field) => run.DisplayName(entity.Node, label, entity.Id);

        public object? Property(in EntityRow entity, PropertyField field) => _snapshot.GetProperty(entity.Node, field.Property);

        public object? PropertiesEntry(in EntityRow entity, OutputField field, PropertyDefinition property) => _snapshot.GetProperty(entity.Node, property);

        public SourceList EntitySources(in EntityRow entity, SourcesField field) => new(_snapshot.GetNodeSources(entity.Node));

        public FactStamp EntityStamp(in EntityRow entity, StampField field) => _snapshot.GetNodeStamp(entity.Node);

        public bool TryFirst(in EntityRow parent, EntityField field, out EntityRow entity) => run.TryFirstOf(field.Source, parent.Node, out entity);

        public string? OwnerId(in EntityRow parent) => parent.Node >= 0 ? _snapshot.GetNodeId(parent.Node) : null;

        public IReadOnlyList<EntityRow> EntityList(in EntityRow parent, EntityListField field) => run.EntityList(field, parent.Node);

        public IReadOnlyList<int> RelationshipList(in EntityRow parent, RelationshipListField field) => run.RelationshipList(field, parent.Node);

        public Page Connection(in EntityRow parent, ConnectionField field) => run.ReadPage(field, parent.Node);

        public string? RelationshipId(in int relationship, OutputField field) => _snapshot.GetRelationshipId(relationship);

        public string TypeName(in int relationship) => _snapshot.GetRelationshipType(relationship).Name;

        public RelationshipType? Type(in int relationship) => _snapshot.GetRelationshipType(relationship);

        public object? RelationshipPropertiesEntry(in int relationship, OutputField field, PropertyDefinition property) =>
            _snapshot.GetRelationshipProperty(relationship, property);

        public EntityRow End(in int relationship, RelationshipEndField field) =>
            new(field.Start ? _snapshot.GetStart(relationship) : _snapshot.GetEnd(relationship));

        public SourceList RelationshipSources(in int relationship, SourcesField field) => new(_snapshot.GetRelationshipSources(relationship));

        public FactStamp RelationshipStamp(in int relationship, StampField field) => _snapshot.GetRelationshipStamp(relationship);

        public IReadOnlyList<SourceRef> References(in SourceList sources) => sources.References;

        public EntityRow SourceEntity(in SourceList sources, SourceRef reference, SourceRefSourceField field) =>
            _snapshot.TryFindNode(reference.Source, out var node) && _snapshot.IsVisible(node) ? new EntityRow(node) : EntityRow.None;
    }
}
