using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// One HTTP exchange with the Query API: auth, typed JSON, the request timeout, and the mapping of
/// network failures to <see cref="StoreUnavailableException"/>. It never retries; the client decides that.
/// </summary>
internal sealed class Neo4jHttpTransport
{
    public const string TypedJson = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly MediaTypeHeaderValue TypedJsonContentType = new(TypedJson);

    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly Uri _base;
    private readonly AuthenticationHeaderValue? _auth;

    public Neo4jHttpTransport(HttpClient http, Neo4jStoreOptions options, TimeProvider time)
    {
        _http = http;
        _options = options;
        _time = time;
        var uri = options.Uri!;
        _base = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        _auth = Authorization(options);
        QueryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
    }

    /// <summary>The path of the implicit-transaction endpoint; explicit transactions live under <c>/tx</c>.</summary>
    public string QueryPath { get; }

    public string Authority => _base.GetLeftPart(UriPartial.Authority);

    public async Task<(Neo4jResult Result, string? Affinity)> SendAsync(
        HttpMethod method, string path, byte[]? body, string? affinity, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var uri = new Uri(_base, path);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.ParseAdd(TypedJson);
        request.Headers.Authorization = _auth;
        if (_options.Realm is { } realm)
        {
            request.Headers.TryAddWithoutValidation("Realm", realm);
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = TypedJsonContentType;
        }

        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (Interpret(response, bytes, uri), returnedAffinity ?? affinity);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException(
                $"Neo4j at {Authority} did not answer within {_options.RequestTimeout.TotalSeconds:0.###} s (CoopGraph:Neo4j:RequestTimeout).", inner: e);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw new StoreUnavailableException($"Cannot reach Neo4j at {Authority}: {e.Message} Check that it is running and CoopGraph:Neo4j:Uri is right.", inner: e);
        }
    }

    private Neo4jResult Interpret(HttpResponseMessage response, byte[] bytes, Uri uri)
    {
        if (bytes.AsSpan().Trim(" \r\n\t"u8).IsEmpty)
        {
            return response.IsSuccessStatusCode ? Empty : throw Neo4jErrors.FromStatus(response.StatusCode, uri);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw response.IsSuccessStatusCode
                ? new Neo4jProtocolException($"Neo4j at {uri} answered HTTP {(int)response.StatusCode} with a body that is not JSON.", e)
                : Neo4jErrors.FromStatus(response.StatusCode, uri);
        }

        using (document)
        {
            return QueryResponseReader.Read(document, response.StatusCode, uri, _options.MaxRows);
        }
    }

    private static Neo4jResult Empty { get; } = new([], [], [], new Dictionary<string, long>(), []);

    private static AuthenticationHeaderValue? Authorization(Neo4jStoreOptions options)
    {
        if (options.BearerToken is { } token)
        {
            return new AuthenticationHeaderValue("Bearer", options.EncodeBearerTokenAsBase64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(token)) : token);
        }

        return options.User is { } user
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Password}")))
            : null;
    }
}
