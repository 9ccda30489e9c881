using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Paging;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Sources;
using CoopGraph.Storage.Embedded.Execution;

namespace CoopGraph.GraphQL.Tests.Protection;

public sealed class CancellationTests
{
    [Fact]
    public async Task A_cancelled_request_stops_in_the_store()
    {
        await using var api = await TestGraph.CreateAsync();
        var province = api.Model.FindLabel("Province")!;
        var plan = new OperationPlan([
            new ConnectionField(
                "provinces",
                new ScanLabel(province),
                [new SortKey(IdOperand.Instance, Descending: false)],
                new PageRequest(10, null, null, null),
                [new ConnectionValueField("totalCount", ConnectionValue.TotalCount)]),
        ]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var output = new ResponseOutput();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await new EmbeddedPlanExecutor(api.Store).ExecuteAsync(plan, output, cancelled.Token));
        Assert.Equal(0, output.ToSequence().Length);
    }
}
