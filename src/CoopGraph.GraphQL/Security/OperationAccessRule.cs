using CoopGraph.GraphQL.Validation;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Security;

/// <summary>
/// Decides per operation whether the request's principal may run it (<see cref="OperationAccess"/>), and takes a
/// mutation's permit from <see cref="WriteRateLimiter"/>. A validation rule, because only once the document is parsed and
/// the operation selected is its type known; it runs on cached documents too, and on any transport that adds it.
/// </summary>
public sealed class OperationAccessRule(OperationAccess access, WriteRateLimiter limiter) : ValidationRuleBase
{
    /// <summary>The user-context key under which a transport puts the client's address, the budget of a caller with no name.</summary>
    public const string ClientAddressKey = "coopgraph.client-address";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (access.Check(operation.Operation, context.User) is { } refusal)
        {
            context.ReportError(new CodedValidationError(context.Document.Source, refusal.Code, refusal.Message, operation));
        }
        else if (operation.Operation == OperationType.Mutation && !limiter.TryAcquire(CallerOf(context), out var retryAfter))
        {
            context.ReportError(new RateLimitedError(context.Document.Source, operation, retryAfter));
        }

        return default;
    }

    /// <summary>The budget's key; the prefixes keep a key named like an address apart from that address.</summary>
    private static string CallerOf(ValidationContext context) =>
        Roles.ActorName(context.User) is { } name
            ? "name:" + name
            : "address:" + (context.UserContext.TryGetValue(ClientAddressKey, out var address) ? address as string : null);
}
