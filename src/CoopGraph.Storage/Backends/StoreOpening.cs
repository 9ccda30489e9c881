using CoopGraph.Graph.Schema.Model;
using Microsoft.Extensions.Configuration;

namespace CoopGraph.Storage.Backends;

/// <summary>What a store is opened with.</summary>
/// <param name="Configuration">The whole configuration, already checked; the store binds its own sections from it.</param>
/// <param name="ReadOnly">
/// Read the graph only (export): a store that locks its data for a writer (the embedded file) then takes no lock, so
/// it may run beside the server. Writers (the server, seed, import, generate) hold the lock while the store is open.
/// </param>
public sealed record StoreOpening(GraphModel Model, IConfiguration Configuration, bool ReadOnly = false);
