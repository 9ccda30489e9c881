using CoopGraph.Storage.Neo4j.Cypher;
using Polly;
using Polly.Retry;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// Runs Cypher on Neo4j through the HTTP Query API (<c>POST /db/{db}/query/v2</c>): one statement per
/// call, one HTTP round trip when nothing fails. Retries only <c>Neo.TransientError.*</c>, with
/// exponential backoff; sends the bookmarks of this process's latest writes so reads see them.
/// Thread-safe; make one per process.
/// </summary>
public sealed class Neo4jQueryClient : IDisposable
{
    private const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ResiliencePipeline _retry;

    /// <summary>A client with its own pooled connections.</summary>
    public Neo4jQueryClient(Neo4jStoreOptions options)
        : this(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan }, options, TimeProvider.System, ownsHttp: true)
    {
    }

    /// <summary>A client over a given <see cref="HttpClient"/> (e.g. from IHttpClientFactory); the request timeout comes from the options.</summary>
    public Neo4jQueryClient(HttpClient http, Neo4jStoreOptions options, TimeProvider? timeProvider = null)
        : this(http, options, timeProvider ?? TimeProvider.System, ownsHttp: false)
    {
    }

    private Neo4jQueryClient(HttpClient http, Neo4jStoreOptions options, TimeProvider timeProvider, bool ownsHttp)
    {
        Options = options.EnsureValid();
        _http = http;
        _ownsHttp = ownsHttp;
        Transport = new Neo4jHttpTransport(http, options, timeProvider);
        _retry = BuildRetry(options, timeProvider);
    }

    public Neo4jStoreOptions Options { get; }

    /// <summary>The bookmarks sent with the next request: the latest writes of this process.</summary>
    public IReadOnlyCollection<string> Bookmarks => BookmarkState.Current;

    internal Neo4jHttpTransport Transport { get; }

    internal BookmarkManager BookmarkState { get; } = new();

    /// <summary>Runs one statement in its own transaction (auto-commit), retrying transient failures.</summary>
    /// <exception cref="Neo4jException">Neo4j refused the statement.</exception>
    /// <exception cref="StoreUnavailableException">Neo4j is down, failing, too slow or refuses the credentials.</exception>
    public Task<Neo4jResult> RunAsync(CypherStatement statement, Neo4jAccessMode mode = Neo4jAccessMode.Write, CancellationToken cancellationToken = default) =>
        WithRetryAsync(token => RunOnceAsync(statement, mode, token), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; any failure rolls it back.
    /// A transient failure reruns the whole transaction, so <paramref name="work"/> must be repeatable.
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        WithRetryAsync(
            async token =>
            {
                await using var transaction = await BeginTransactionAsync(Neo4jAccessMode.Write, token).ConfigureAwait(false);
                var result = await work(transaction, token).ConfigureAwait(false);
                if (transaction.IsOpen)
                {
                    await transaction.CommitAsync(null, token).ConfigureAwait(false);
                }

                return result;
            },
            cancellationToken);

    /// <summary>Opens an explicit transaction (<c>POST /query/v2/tx</c>); not retried: the caller owns the unit of work.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(Neo4jAccessMode mode = Neo4jAccessMode.Write, CancellationToken cancellationToken = default)
    {
        var bookmarks = BookmarkState.Current;
        var body = QueryRequestBody.Write(null, mode, bookmarks, MaxExecutionSeconds);
        var (result, affinity) = await Transport.SendAsync(HttpMethod.Post, Transport.QueryPath + "/tx", body, null, cancellationToken).ConfigureAwait(false);
        return result.TransactionId is { } id
            ? new Neo4jTransaction(this, id, affinity, bookmarks)
            : throw new Neo4jProtocolException("Neo4j opened no transaction: its answer to POST /query/v2/tx has no transaction id (explicit transactions need Neo4j 5.26 or later).");
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    internal int? MaxExecutionSeconds => (int)Math.Ceiling(Options.RequestTimeout.TotalSeconds);

    private async Task<Neo4jResult> RunOnceAsync(CypherStatement statement, Neo4jAccessMode mode, CancellationToken cancellationToken)
    {
        var bookmarks = BookmarkState.Current;
        var body = QueryRequestBody.Write(statement, mode, bookmarks, MaxExecutionSeconds);
        var (result, _) = await Transport.SendAsync(HttpMethod.Post, Transport.QueryPath, body, null, cancellationToken).ConfigureAwait(false);
        if (mode == Neo4jAccessMode.Write)
        {
            BookmarkState.Update(bookmarks, result.Bookmarks);
        }

        return result;
    }

    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.ExecuteAsync(static async (action, token) => await action(token).ConfigureAwait(false), action, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.Code == DatabaseUnavailable)
        {
            throw new StoreUnavailableException($"The Neo4j database '{Options.Database}' stayed unavailable after {Options.RetryCount} retries ({e.Neo4jMessage}).", e.Code, e);
        }
    }

    private static ResiliencePipeline BuildRetry(Neo4jStoreOptions options, TimeProvider timeProvider)
    {
        if (options.RetryCount == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                UseJitter = options.RetryJitter,
            })
            .Build();
    }
}
