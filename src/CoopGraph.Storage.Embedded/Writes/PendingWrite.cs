using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>A batch waiting for the writer, and the caller's acknowledgement, given only once its group is durable.</summary>
internal sealed class PendingWrite(GraphBatch batch, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource<WriteResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GraphBatch Batch { get; } = batch;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task<WriteResult> Task => _done.Task;

    public bool IsDone => _done.Task.IsCompleted;

    /// <summary>Set once planned: what the batch changes and the version it makes, acknowledged after the commit.</summary>
    public WriteResult? Result { get; set; }

    public void Acknowledge() => _done.TrySetResult(Result!);

    public void Fail(Exception error) => _done.TrySetException(error);

    public void Cancel() => _done.TrySetCanceled(CancellationToken);
}
