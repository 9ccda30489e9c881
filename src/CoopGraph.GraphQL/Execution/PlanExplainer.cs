using CoopGraph.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// Prints the plan of an operation without running it (<c>coopgraph explain</c>): the same
/// parsing, validation and planning as a request, then the plan instead of the data.
/// </summary>
public sealed class PlanExplainer(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IServiceProvider services)
{
    public async Task<PlanExplanation> ExplainAsync(string query, string? variablesJson = null, string? operationName = null, CancellationToken cancellationToken = default)
    {
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            OperationName = operationName,
            Variables = string.IsNullOrWhiteSpace(variablesJson) ? null : serializer.Deserialize<Inputs>(variablesJson),
            UserContext = new Dictionary<string, object?> { [PlanExecutionStrategy.ExplainOnlyKey] = true },
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        var errors = result.Errors?.Select(e => $"{ContractErrorInfoProvider.ContractCode(e)}: {e.Message}").ToArray() ?? [];
        var plan = result.Extensions?.GetValueOrDefault("plan") as string;
        return new PlanExplanation(plan, errors);
    }
}
