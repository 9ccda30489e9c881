using System.Security.Cryptography;
using CoopGraph.GraphQL.Execution;
using CoopGraph.Host.Configuration;
using CoopGraph.Storage;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Http;

/// <summary>
/// Safe retries of POST requests that carry an <c>Idempotency-Key</c>. The key is bound to the request's body (its
/// SHA-256) and to who sends it (a key is scoped to the authenticated name, so nobody replays another's response).
/// A repeat of the same body gets the first response again, from the store, without writing; another body under the
/// key is refused with IDEMPOTENCY_KEY_REUSED. Requests with the same key are served one at a time. Should the server
/// die between a write's commit and its response, the retry runs the mutation again, and the store, which kept the
/// key's mark in the write's own transaction, answers the already-written fields as done instead of writing them twice.
/// </summary>
internal sealed class IdempotencyGate(IOptions<CoopGraphOptions> options, IServiceProvider services)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Keys are opaque to the server; this bounds what it stores per request.</summary>
    public const int MaxKeyLength = 255;

    // Requests under one key wait for each other; keys share a fixed set of gates, so the gates never need cleaning up.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly TimeProvider _clock = services.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task HandleAsync(HttpContext context, Func<HttpContext, Task> next)
    {
        var header = context.Request.Headers[HeaderName];
        if (!HttpMethods.IsPost(context.Request.Method) || header.Count == 0 || services.GetService<IGraphStore>() is not IIdempotencyStore store)
        {
            await next(context);
            return;
        }

        var given = header.ToString();
        if (given.Length is 0 or > MaxKeyLength || given.Any(c => c < 0x21 || c > 0x7E))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, RequestError.BadRequest($"An {HeaderName} is 1 to {MaxKeyLength} visible ASCII characters."), ResponseMediaType.Json);
            return;
        }

        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            await next(context);
            return;
        }

        var key = (CoopGraph.GraphQL.Security.Roles.ActorName(context.User) ?? string.Empty) + "\n" + given;
        var hash = SHA256.HashData(body);
        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_gates.Length)];
        await gate.WaitAsync(context.RequestAborted);
        try
        {
            await HandleOnceAsync(context, next, store, key, given, hash);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task HandleOnceAsync(HttpContext context, Func<HttpContext, Task> next, IIdempotencyStore store, string key, string given, byte[] hash)
    {
        var notBefore = _clock.GetUtcNow() - options.Value.Http.IdempotencyRetention;
        var known = await store.FindIdempotencyAsync(key, notBefore, context.RequestAborted);
        if (known is not null && !known.RequestHash.AsSpan().SequenceEqual(hash))
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, RequestError.IdempotencyKeyReused(given), ResponseMediaType.Json);
            return;
        }

        if (known?.Response is { } first)
        {
            context.Response.StatusCode = first.StatusCode;
            context.Response.ContentType = first.ContentType;
            context.Response.Headers[ReplayedHeader] = "true";
            await context.Response.Body.WriteAsync(first.Body, context.RequestAborted);
            return;
        }

        var request = new IdempotentRequest(key, hash, notBefore);
        context.Items[IdempotentRequest.UserContextKey] = request;
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        // Only a request that wrote and was answered whole is kept: a read, a request refused before it ran, or one that
        // failed on the way (a time limit, a store that stopped) runs again, and its written fields are found by their marks.
        if (request.Wrote && context.Response.StatusCode == StatusCodes.Status200OK && !HasRequestErrors(captured))
        {
            var response = new IdempotentResponse(key, hash, context.Response.StatusCode, context.Response.ContentType ?? MediaTypes.JsonUtf8, captured.ToArray(), _clock.GetUtcNow());
            await store.RecordResponseAsync(response, notBefore, CancellationToken.None);
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private static bool HasRequestErrors(MemoryStream captured)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(captured.GetBuffer().AsMemory(0, (int)captured.Length));
            return document.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object || document.RootElement.TryGetProperty("errors", out _);
        }
        catch (System.Text.Json.JsonException)
        {
            return true;
        }
    }

    /// <summary>The body, read once and left readable for the transport; null when it is over the size limit (the transport refuses it).</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        var limit = options.Value.Http.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        return buffer.Length > limit ? null : buffer.ToArray();
    }
}
