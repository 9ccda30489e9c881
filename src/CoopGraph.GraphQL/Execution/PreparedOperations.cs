using CoopGraph.GraphQL.Schema;
using CoopGraph.Planning;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// Plans of queries that take no variables, by document text and operation name. Such a plan
/// depends on nothing but the document, which graphql-dotnet has already parsed, validated and
/// checked against the limits once; a repeat of it can run straight away, without graphql-dotnet.
/// Only plain queries are kept: no variables, no introspection, no explain.
/// </summary>
public sealed class PreparedOperations : IDisposable
{
    private readonly MemoryCache _plans;
    private readonly IPlanExecutor _executor;
    private readonly HeavyRequestGate _gate;
    private readonly TimeSpan _timeout;

    public PreparedOperations(IPlanExecutor executor, HeavyRequestGate gate, IOptions<ApiLimits> limits)
    {
        _executor = executor;
        _gate = gate;
        _timeout = limits.Value.RequestTimeout;
        _plans = new MemoryCache(new MemoryCacheOptions { SizeLimit = limits.Value.DocumentCacheSize });
    }

    /// <summary>The prepared operation for this document and operation name, if one was planned before.</summary>
    public PreparedOperation? Find(string query, string? operationName) =>
        _plans.TryGetValue<OperationPlan>((query, operationName), out var plan) ? new PreparedOperation(query, plan!, _executor, _gate, _timeout) : null;

    internal void Remember(string query, string? operationName, OperationPlan plan) =>
        _plans.Set((query, operationName), plan, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _plans.Dispose();
}
