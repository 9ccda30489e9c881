using CoopGraph.Planning;
using CoopGraph.Planning.Output;

namespace CoopGraph.Benchmarks.Neo4j;

/// <summary>Runs plans on an inner executor and keeps the last one, so a benchmark can take the plan the real pipeline builds for an operation.</summary>
internal sealed class PlanRecorder(IPlanExecutor inner) : IPlanExecutor
{
    public OperationPlan? Last { get; private set; }

    public ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        Last = plan;
        return inner.ExecuteAsync(plan, output, cancellationToken);
    }
}
