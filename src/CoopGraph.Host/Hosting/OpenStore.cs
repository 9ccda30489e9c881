using CoopGraph.Planning;
using CoopGraph.Storage;

namespace CoopGraph.Host.Hosting;

/// <summary>An open store and the plan executor that reads it; both come from the same store kind.</summary>
internal sealed record OpenStore(IGraphStore Store, IPlanExecutor Executor);
