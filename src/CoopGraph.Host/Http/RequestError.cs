using CoopGraph.GraphQL.Security;

namespace CoopGraph.Host.Http;

/// <summary>A request refused before execution: it is answered with this status and one GraphQL error, and no <c>data</c> key.</summary>
internal sealed record RequestError(int StatusCode, string Code, string Message)
{
    public static RequestError BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadUserInput, message);

    public static RequestError PayloadTooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded, $"The request body is larger than the limit of {limit} bytes (CoopGraph:Http:MaxRequestBodyBytes).");

    public static RequestError UnsupportedMediaType(string? contentType) => new(
        StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.BadUserInput,
        contentType is null
            ? "The request has no Content-Type; send the GraphQL request as 'application/json'."
            : $"The Content-Type '{contentType}' is not supported; send the GraphQL request as 'application/json' (UTF-8).");

    public static RequestError NotAcceptable() => new(
        StatusCodes.Status406NotAcceptable,
        ErrorCodes.BadUserInput,
        "The Accept header allows neither 'application/graphql-response+json' nor 'application/json'.");

    public static RequestError MethodNotAllowed(string method) =>
        new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadUserInput, $"GraphQL requests use GET or POST, not {method}.");

    public static RequestError IdempotencyKeyReused(string key) => new(
        StatusCodes.Status422UnprocessableEntity,
        ErrorCodes.IdempotencyKeyReused,
        $"The Idempotency-Key '{key}' was sent before with another request; a retry must repeat the request exactly, and a new request needs a new key.");

    public static RequestError Unauthenticated(string message) => new(StatusCodes.Status401Unauthorized, AccessErrorCodes.Unauthenticated, message);

    public static RequestError Forbidden(string message) => new(StatusCodes.Status403Forbidden, AccessErrorCodes.Forbidden, message);

    /// <summary>The request's principal may not run an operation of this kind.</summary>
    public static RequestError Refused(AccessRefusal refusal) =>
        refusal.Code == AccessErrorCodes.Forbidden ? Forbidden(refusal.Message) : Unauthenticated(refusal.Message);

    public static RequestError StoreUnavailable(string reason) => new(StatusCodes.Status503ServiceUnavailable, ErrorCodes.StoreUnavailable, reason);
}
