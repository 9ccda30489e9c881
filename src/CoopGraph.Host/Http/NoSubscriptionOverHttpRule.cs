using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.Host.Http;

/// <summary>
/// Plain HTTP answers once, so it cannot carry a subscription (those use graphql-transport-ws on the same path).
/// The operation type is only known once the document is parsed and the operation selected, so this is a validation rule.
/// </summary>
internal sealed class NoSubscriptionOverHttpRule : ValidationRuleBase
{
    public static readonly NoSubscriptionOverHttpRule Instance = new();

    private NoSubscriptionOverHttpRule()
    {
    }

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new OperationTypeNotAllowedError(
                context.Document.Source, context.Operation, "Subscriptions are not served over plain HTTP; use the graphql-transport-ws protocol on the same path."));
        }

        return default;
    }
}
