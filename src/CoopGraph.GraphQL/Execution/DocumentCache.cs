using CoopGraph.GraphQL.Schema;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// Keeps parsed and validated documents by query text, so a repeated query skips parsing
/// and the document-only validation rules; per-request rules (the GET rule) still run.
/// GraphQL.MemoryCache is not available here, so this is the small equivalent on IMemoryCache.
/// </summary>
internal sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache;

    public DocumentCache(IOptions<ApiLimits> limits) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = limits.Value.DocumentCacheSize });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var key = options.Query;
        var hit = false;
        if (options.Document is null && key is not null && _cache.TryGetValue<GraphQLDocument>(key, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            hit = true;
        }

        var result = await next(options).ConfigureAwait(false);

        // Only documents that passed validation are kept: a failing one must fail again in full.
        if (!hit && key is not null && result.Executed && result.Document is not null)
        {
            _cache.Set(key, result.Document, new MemoryCacheEntryOptions { Size = 1 });
        }

        return result;
    }

    public void Dispose() => _cache.Dispose();
}
