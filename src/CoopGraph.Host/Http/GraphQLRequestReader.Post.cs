using System.Buffers;
using System.Text.Json;
using GraphQL.Transport;

namespace CoopGraph.Host.Http;

internal sealed partial class GraphQLRequestReader
{
    public async Task<ParsedRequest> ReadPostAsync(HttpContext context, long maxBodyBytes)
    {
        var request = context.Request;
        var contentType = request.ContentType;
        if (contentType is null || !MediaTypeSyntax.TryParse(contentType, out var type, out var subtype, out var charset, out _)
            || type != "application" || subtype != "json"
            || (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return RequestError.UnsupportedMediaType(contentType);
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return RequestError.PayloadTooLarge(maxBodyBytes);
        }

        var body = await ReadBodyAsync(request, maxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return RequestError.PayloadTooLarge(maxBodyBytes);
        }

        switch (FirstSignificantByte(body))
        {
            case (byte)'{':
                break;
            case (byte)'[':
                return RequestError.BadRequest("Batched requests (a JSON array) are not supported; send one GraphQL request object per HTTP request.");
            default:
                return RequestError.BadRequest("The request body must be a JSON object with a 'query' string.");
        }

        GraphQLRequest? parsed;
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            parsed = await serializer.ReadAsync<GraphQLRequest>(stream, context.RequestAborted);
        }
        catch (Exception e) when (IsMalformedJson(e))
        {
            return RequestError.BadRequest(e is JsonException { Path: { Length: > 0 } path }
                ? $"The request body is not a well-formed GraphQL request (at {path}): 'query' and 'operationName' are strings, 'variables' and 'extensions' are objects."
                : "The request body is not valid JSON.");
        }

        if (parsed is null || (string.IsNullOrEmpty(parsed.Query) && parsed.DocumentId is null))
        {
            return RequestError.BadRequest("The GraphQL request has no 'query' string.");
        }

        return parsed;
    }

    /// <summary>The whole body, or null when it is longer than the limit (the rest is not read).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > maxBodyBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static int FirstSignificantByte(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }
}
