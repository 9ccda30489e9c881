namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>
/// The provenance of an entity, relationship or edge for the response writer. A struct, like every row type
/// of the embedded store, so the writer is compiled for these types alone and shares no code with Neo4j's.
/// </summary>
internal readonly record struct SourceList(IReadOnlyList<SourceRef> References);
