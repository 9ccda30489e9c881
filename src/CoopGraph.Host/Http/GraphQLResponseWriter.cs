using System.Text.Json;
using CoopGraph.GraphQL.Security;
using CoopGraph.GraphQL.Validation;
using CoopGraph.Host.Security;
using GraphQL;
using GraphQL.Validation;

namespace CoopGraph.Host.Http;

/// <summary>Writes results and request errors with the status codes of GraphQL over HTTP (the 2024/25 draft that the graphql-http audit encodes).</summary>
internal sealed class GraphQLResponseWriter(IGraphQLSerializer serializer)
{
    public static string ContentTypeOf(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? MediaTypes.GraphQLResponseJsonUtf8 : MediaTypes.JsonUtf8;

    /// <summary>
    /// A result that was not executed (parse, validation, variable or operation-selection errors) has no <c>data</c> key.
    /// Under <c>application/graphql-response+json</c> it is a 400; under <c>application/json</c> a legacy client expects 200.
    /// A mutation over GET is 405 under either (whoever sends it); an operation the caller may not run is 401, 403 or 429 under either.
    /// </summary>
    public Task WriteResultAsync(HttpContext context, ExecutionResult result, ResponseMediaType mediaType, bool isGet)
    {
        var response = context.Response;
        response.StatusCode = result.Executed || mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        if (isGet && !result.Executed && result.Errors?.Any(IsGetMutationError) == true)
        {
            // No credentials would let it run over GET, so the method is the answer, whoever asks.
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = GraphQLHttpEndpoints.AllowedMethods;
            result.Errors = [.. result.Errors.Where(e => !IsAccessError(e))];
        }
        else if (!result.Executed && result.Errors?.FirstOrDefault(IsAccessError) is { } refusal)
        {
            // The refusal answers alone: a caller who may not run the operation learns nothing else about the document.
            result.Errors = [refusal];
            SetAccessStatus(context, refusal);
        }

        response.ContentType = ContentTypeOf(mediaType);
        return serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    /// <summary>The GraphQL layer's <see cref="OperationAccessRule"/> marks its errors by code.</summary>
    private static bool IsAccessError(ExecutionError error) =>
        error.Code is AccessErrorCodes.Unauthenticated or AccessErrorCodes.Forbidden or AccessErrorCodes.RateLimited;

    private static void SetAccessStatus(HttpContext context, ExecutionError refusal)
    {
        switch (refusal)
        {
            case RateLimitedError limited:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case { Code: AccessErrorCodes.Forbidden }:
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
            default:
                SetUnauthorized(context);
                break;
        }
    }

    /// <summary>401 with the ways of signing in this server takes (RFC 9110 §11.6.1 asks for at least one).</summary>
    private static void SetUnauthorized(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = context.RequestServices.GetService<AuthChallenge>()?.Value ?? AuthSchemes.Challenge(jwtConfigured: false);
    }

    /// <summary>The GraphQL layer's <see cref="QueryOnlyOverGetRule"/> marks its error by code.</summary>
    private static bool IsGetMutationError(ExecutionError error) =>
        error.Code == QueryOnlyOverGetRule.ErrorCode || error is ValidationError { Number: QueryOnlyOverGetRule.ErrorCode };

    /// <summary>A request refused before execution: one error with a contract code, never a <c>data</c> key.</summary>
    public static async Task WriteErrorAsync(HttpContext context, RequestError error, ResponseMediaType mediaType)
    {
        var response = context.Response;
        response.StatusCode = error.StatusCode;
        response.ContentType = ContentTypeOf(mediaType);
        if (error.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = GraphQLHttpEndpoints.AllowedMethods;
        }
        else if (error.StatusCode == StatusCodes.Status401Unauthorized)
        {
            SetUnauthorized(context);
        }

        await using var writer = new Utf8JsonWriter(response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", error.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
