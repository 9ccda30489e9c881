namespace CoopGraph.Planning;

/// <summary>A plan could not run to the end; <see cref="Code"/> is one of the API's error codes.</summary>
public sealed class PlanExecutionException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
