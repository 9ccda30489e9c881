namespace CoopGraph.GraphQL.Execution;

/// <summary>The printed plan of an operation, or why it has none.</summary>
public sealed record PlanExplanation(string? Plan, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Plan is not null && Errors.Count == 0;
}
