using CoopGraph.Host.Configuration;
using CoopGraph.GraphQL.Execution;
using CoopGraph.GraphQL.Security;
using CoopGraph.GraphQL.Validation;
using CoopGraph.Host.Health;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Http;

/// <summary>GraphQL over HTTP at one path: GET for queries, POST for everything, the SDL at <c>?sdl</c>, a browser page for navigations.</summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    SchemaSdl sdl,
    IOptions<CoopGraphOptions> options,
    OperationAccess access,
    OperationAccessRule accessRule,
    IServiceProvider services)
{
    // Who may run the operation is decided again for a cached document: the document is shared, the caller is not.
    private readonly IValidationRule[] _httpRules = [.. DocumentValidator.CoreRules, NoSubscriptionOverHttpRule.Instance, accessRule];
    private readonly IValidationRule[] _cachedDocumentHttpRules = [NoSubscriptionOverHttpRule.Instance, accessRule];

    private readonly IBrowserPage? _browserPage = services.GetService<IBrowserPage>();
    private readonly PreparedOperations? _prepared = services.GetService<PreparedOperations>();
    private readonly IServiceReadiness? _readiness = services.GetService<IServiceReadiness>();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            // The SDL tells what introspection would, so it is open exactly when queries are.
            if (await RefusedReadAsync(context) is { } refusal)
            {
                await GraphQLResponseWriter.WriteErrorAsync(context, refusal, ResponseMediaType.Json);
                return;
            }

            await sdl.WriteAsync(context);
            return;
        }

        if (isGet && _browserPage is not null && !request.Query.ContainsKey("query") && AcceptNegotiation.PrefersHtml(request.Headers.Accept))
        {
            await _browserPage.ServeAsync(context);
            return;
        }

        if (AcceptNegotiation.SelectResponseType(request.Headers.Accept) is not { } mediaType)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, RequestError.NotAcceptable(), ResponseMediaType.Json);
            return;
        }

        if (await CredentialsCheck.RefusalAsync(context) is { } badCredentials)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, badCredentials, mediaType);
            return;
        }

        if (_readiness is { IsReady: false })
        {
            context.Response.Headers.RetryAfter = "5";
            await GraphQLResponseWriter.WriteErrorAsync(context, RequestError.StoreUnavailable(_readiness.Status), mediaType);
            return;
        }

        var parsed = isGet ? reader.ReadGet(request.Query) : await reader.ReadPostAsync(context, options.Value.Http.MaxRequestBodyBytes);
        if (parsed.Request is not { } graphQLRequest)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, parsed.Error!, mediaType);
            return;
        }

        // A repeat of a plain query (no variables, no extensions) runs its plan directly: the document was parsed,
        // validated and checked against the limits when it was first planned. Whether this caller may read is not part
        // of the document, so a caller who may not goes the long way and gets its refusal from the access rule.
        if (graphQLRequest is { Query: { } query, Variables: null or { Count: 0 }, Extensions: null, DocumentId: null }
            && access.MayRead(context.User)
            && _prepared?.Find(query, graphQLRequest.OperationName) is { } prepared)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = GraphQLResponseWriter.ContentTypeOf(mediaType);
            await prepared.WriteResponseAsync(context.Response.Body, context.RequestAborted);
            return;
        }

        var result = await ExecuteAsync(context, graphQLRequest, isGet);
        await writer.WriteResultAsync(context, result, mediaType, isGet);
    }

    /// <summary>Bad credentials, or none where reads need a role; null when the caller may read.</summary>
    private async ValueTask<RequestError?> RefusedReadAsync(HttpContext context) =>
        await CredentialsCheck.RefusalAsync(context)
        ?? (access.Check(GraphQLParser.AST.OperationType.Query, context.User) is { } refusal ? RequestError.Refused(refusal) : null);

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        return executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            // A cached document skips the core rules but must still pass the transport's operation-type checks.
            ValidationRules = _httpRules,
            CachedDocumentValidationRules = _cachedDocumentHttpRules,
            // The GraphQL layer's QueryOnlyOverGetRule reads the GET mark (the writer turns its error into 405); the
            // access rule counts the writes of a caller without a name by its address.
            UserContext = new Dictionary<string, object?>
            {
                [QueryOnlyOverGetRule.HttpGetKey] = isGet,
                [OperationAccessRule.ClientAddressKey] = context.Connection.RemoteIpAddress?.ToString(),
                [IdempotentRequest.UserContextKey] = context.Items[IdempotentRequest.UserContextKey],
            },
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
    }
}
