using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Validation;

/// <summary>
/// GraphQL over HTTP forbids running anything but a query from a GET request. The HTTP
/// layer marks GET requests in the user context; the error's code tells it to answer 405.
/// </summary>
public sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public const string HttpGetKey = "coopgraph.http-get";
    public const string ErrorCode = "OPERATION_NOT_ALLOWED_OVER_GET";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext.TryGetValue(HttpGetKey, out var isGet) && isGet is true && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new CodedValidationError(
                context.Document.Source,
                ErrorCode,
                $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot run over GET; send it with POST.",
                context.Operation));
        }

        return default;
    }
}
