using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.Host.Http;

/// <summary>
/// Which operation types a plain HTTP request may run: GET runs queries only (the spec forbids mutations over GET),
/// and no HTTP request runs a subscription (those use graphql-transport-ws). The operation type is only known once
/// the document is parsed and the operation selected, so this is a validation rule.
/// </summary>
internal sealed class HttpOperationTypeRule : ValidationRuleBase
{
    public static readonly HttpOperationTypeRule ForGet = new(allowMutations: false);
    public static readonly HttpOperationTypeRule ForPost = new(allowMutations: true);

    private readonly bool _allowMutations;

    private HttpOperationTypeRule(bool allowMutations)
    {
        _allowMutations = allowMutations;
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new OperationTypeNotAllowedError(
                context.Document.Source, operation, "Subscriptions are not served over plain HTTP; use the graphql-transport-ws protocol on the same path."));
        }
        else if (operation.Operation == OperationType.Mutation && !_allowMutations)
        {
            context.ReportError(new HttpGetMutationError(context.Document.Source, operation));
        }

        return default;
    }
}
