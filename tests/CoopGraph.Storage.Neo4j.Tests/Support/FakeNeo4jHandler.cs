using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>An HTTP handler that answers from a script and records every request, so tests count round trips.</summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> _respond;

    public FakeNeo4jHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) => _respond = respond;

    public FakeNeo4jHandler(params Func<HttpResponseMessage>[] responses)
    {
        var queue = new ConcurrentQueue<Func<HttpResponseMessage>>(responses);
        _respond = (_, _) => Task.FromResult(queue.TryDequeue(out var next) ? next() : throw new InvalidOperationException("The script has no more responses."));
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Count => Requests.Count;

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/vnd.neo4j.query") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)), request.Content?.Headers.ContentType?.MediaType, body);
        Requests.Enqueue(recorded);
        return await _respond(recorded, cancellationToken);
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body)
{
    public JsonElement Json => JsonDocument.Parse(Body ?? "{}").RootElement;

    public string? Statement => Json.TryGetProperty("statement", out var s) ? s.GetString() : null;
}
