using CoopGraph.GraphQL.Security;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;

namespace CoopGraph.GraphQL.Errors;

/// <summary>
/// Writes every error with an <c>extensions.code</c> of the API contract and nothing that
/// reveals the server's insides (no exception types, no stack traces). graphql-dotnet's own,
/// finer code is kept as <c>extensions.reason</c> where it adds something.
/// </summary>
internal sealed class ContractErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var code = ContractCode(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (executionError.Code is { } reason && reason != code && executionError is not UnhandledError)
        {
            extensions["reason"] = reason;
        }

        // A client on a transport without headers (a WebSocket) still learns when to try again.
        if (executionError is RateLimitedError limited)
        {
            extensions["retryAfter"] = limited.RetryAfterSeconds;
        }

        return new ErrorInfo { Message = executionError.Message, Extensions = extensions };
    }

    public static string ContractCode(ExecutionError error) => error switch
    {
        { Code: "LIMIT_EXCEEDED" or "NOT_FOUND" or "BAD_USER_INPUT" or "STORE_UNAVAILABLE" or "UNAUTHENTICATED" or "FORBIDDEN" or "RATE_LIMITED" or "INTERNAL" } => error.Code!,
        ValidationError { Code: "COMPLEXITY" or "LIMIT_EXCEEDED" } => "LIMIT_EXCEEDED",
        ValidationError { Code: "INVALID_VALUE" or "VARIABLES_ARE_INPUT_TYPES" } when error.Message.Contains("Variable", StringComparison.Ordinal) => "BAD_USER_INPUT",
        ValidationError => "GRAPHQL_VALIDATION_FAILED",
        { InnerException: GraphQLSyntaxErrorException } => "GRAPHQL_VALIDATION_FAILED",
        { Code: "SYNTAX_ERROR" or "NO_OPERATION" or "NO_OPERATION_NAME" or "INVALID_OPERATION_NAME" } => "GRAPHQL_VALIDATION_FAILED",
        { Code: "TIMEOUT" } => "LIMIT_EXCEEDED",
        UnhandledError => "INTERNAL",
        _ when error.Code is "INVALID_VALUE" => "BAD_USER_INPUT",
        _ => "INTERNAL",
    };
}
