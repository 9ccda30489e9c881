using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Embedded.Execution;

namespace CoopGraph.Storage.Embedded;

/// <summary>The rest of the store contract: plans run on a snapshot, nothing to prepare, healthy while open.</summary>
public sealed partial class EmbeddedGraphStore
{
    /// <summary>The name <c>CoopGraph:Store</c> gives this store by.</summary>
    public const string StoreKind = "Embedded";

    private readonly EmbeddedPlanExecutor _executor;

    /// <summary>The SQLite file (or <c>:memory:</c>).</summary>
    public string Location { get; }

    public ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken) =>
        _executor.ExecuteAsync(plan, output, cancellationToken);

    /// <summary>The indexes are built in memory as the file loads, and the file's tables when it is created: nothing is left to do.</summary>
    public Task<string> InitializeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult($"The embedded store needs no preparation: {Location} holds its own tables, and its indexes are built in memory as it loads.");

    /// <summary>The graph is in this process's memory: while the store is open it answers, unless a failed commit stopped its writes.</summary>
    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_disposed
            ? StoreHealth.Unhealthy($"The embedded store ({Location}) is closed.")
            : _faulted is { } fault
            ? StoreHealth.Unhealthy($"The embedded store ({Location}) takes no writes since a commit failed ({fault.Message}); restart the server.")
            : StoreHealth.Healthy($"{_memory.Gate.Current.NodeCount} entities in memory at version {Version}, from {Location}."));
}
