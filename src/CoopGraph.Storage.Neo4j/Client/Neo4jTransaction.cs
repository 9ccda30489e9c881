using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// An explicit Query API transaction. Calls are serialised (Neo4j refuses concurrent calls on one
/// transaction) and carry the cluster affinity header the server gave at begin, so on Aura every
/// call reaches the member that holds the transaction. Disposing an open transaction rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly IReadOnlyCollection<string> _sentBookmarks;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _path;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity, IReadOnlyCollection<string> sentBookmarks)
    {
        _client = client;
        Id = id;
        Affinity = affinity;
        _sentBookmarks = sentBookmarks;
        _path = $"{client.Transport.QueryPath}/tx/{Uri.EscapeDataString(id)}";
        IsOpen = true;
    }

    /// <summary>Neo4j's opaque transaction id; its format changes between versions, so it is never checked.</summary>
    public string Id { get; }

    /// <summary>The <c>neo4j-cluster-affinity</c> value echoed on every call, or null when the server sent none.</summary>
    public string? Affinity { get; private set; }

    public bool IsOpen { get; private set; }

    public Task<Neo4jResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, _path, statement, commit: false, cancellationToken);

    /// <summary>Commits, optionally running one last statement first; this process's bookmarks then include the commit.</summary>
    public Task<Neo4jResult> CommitAsync(CypherStatement? lastStatement = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, _path + "/commit", lastStatement, commit: true, cancellationToken);

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
            IsOpen = false;
            await _client.Transport.SendAsync(HttpMethod.Delete, _path, null, Affinity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (IsOpen)
        {
            try
            {
                await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Neo4jException or StoreUnavailableException or Neo4jProtocolException)
            {
                // The transaction is already gone (most errors close it) or unreachable; Neo4j rolls an
                // abandoned one back when it expires, and the original failure is what the caller needs.
            }
        }

        _gate.Dispose();
    }

    private async Task<Neo4jResult> SendAsync(HttpMethod method, string path, CypherStatement? statement, bool commit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureOpen();
            var body = statement is null ? "{}"u8.ToArray() : QueryRequestBody.Write(statement, Neo4jAccessMode.Write, [], null);
            var (result, affinity) = await _client.Transport.SendAsync(method, path, body, Affinity, cancellationToken).ConfigureAwait(false);
            Affinity = affinity;
            if (commit)
            {
                IsOpen = false;
                _client.BookmarkState.Update(_sentBookmarks, result.Bookmarks);
            }
            else if (result.TransactionId is null)
            {
                IsOpen = false;
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException($"Neo4j transaction {Id} is already committed or rolled back.");
        }
    }
}
