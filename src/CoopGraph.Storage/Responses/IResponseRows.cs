using System.Text.Json;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>
/// What a store hands the <see cref="ResponseWriter{TRows, TEntity, TRelationship, TPage, TSources, TResult}"/>:
/// rows and their values, never JSON. The writer decides the shape (field order, <c>__typename</c>, nulls,
/// cursors); the store only answers where a value is. Each store implements it with a struct, so the JIT
/// compiles the writer for that struct and every call here is a direct, inlinable call.
/// </summary>
/// <typeparam name="TEntity">An entity, or none (written as null).</typeparam>
/// <typeparam name="TRelationship">A relationship.</typeparam>
/// <typeparam name="TPage">One page of a connection.</typeparam>
/// <typeparam name="TSources">The provenance of an entity, relationship or edge.</typeparam>
/// <typeparam name="TResult">A search hit or a traversal result (Path, Subgraph, RankedEntity, TimelineEntry); null is written as null.</typeparam>
public partial interface IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    /// <summary>The parent of the operation's root fields.</summary>
    TEntity Root { get; }

    /// <summary>
    /// Called once per item while a traversal result's lists are written, which can be long (a subgraph of
    /// thousands), so a store can notice a cancelled request.
    /// </summary>
    void Step();

    /// <summary>A researcher's own query in a store's language (Cypher): only a store that runs that language can answer it, and it writes the answer itself.</summary>
    void WriteStoreQuery(StoreQueryField field, Utf8JsonWriter writer);
}
