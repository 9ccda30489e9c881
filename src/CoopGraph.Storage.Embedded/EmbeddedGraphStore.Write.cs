using System.Collections.Concurrent;
using CoopGraph.Storage.Embedded.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded;

/// <summary>
/// Writing, group-committed: concurrent batches queue up, and whichever caller takes the write lock writes every batch
/// queued by then as one group. Each batch is resolved and checked on its own (against the stored state plus the
/// group's earlier batches) and refused on its own; the accepted ones are committed to SQLite in one transaction, so
/// one fsync covers the group, and only then applied for readers and acknowledged. A refused batch changes nothing
/// anywhere; a batch identical to what is stored changes nothing either and keeps the version.
/// </summary>
public sealed partial class EmbeddedGraphStore
{
    /// <summary>A group stops growing at this many batches, so that one slow group cannot hold every writer for long.</summary>
    public const int MaxGroupBatches = 256;

    /// <summary>…or once its batches hold this many operations (a single larger batch is still one group).</summary>
    public const int MaxGroupOperations = 20_000;

    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    private Exception? _faulted;

    /// <summary>The clock that stamps writes; tests set it.</summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;

    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_file.ReadOnly)
        {
            throw new InvalidOperationException($"The data file {_file.Path} was opened read-only; it takes no writes.");
        }

        var pending = new PendingWrite(batch, cancellationToken);
        _queue.Enqueue(pending);

        // Not cancellable: a queued batch is written by whoever leads the next group, so this caller waits for that answer.
        await _writeLock.WaitAsync(CancellationToken.None);
        try
        {
            if (!pending.IsDone)
            {
                WriteGroup();
            }
        }
        finally
        {
            _writeLock.Release();
        }

        return await pending.Task;
    }

    private void WriteGroup()
    {
        var group = new List<PendingWrite>();
        var operations = 0;
        while (group.Count < MaxGroupBatches && (group.Count == 0 || operations < MaxGroupOperations) && _queue.TryDequeue(out var next))
        {
            group.Add(next);
            operations += next.Batch.Count;
        }

        if (_disposed || _faulted is not null)
        {
            var error = _faulted is null
                ? new ObjectDisposedException(nameof(EmbeddedGraphStore))
                : new InvalidOperationException($"The store stopped taking writes after a failed commit to {_file.Path}; restart the server. ({_faulted.Message})", _faulted);
            group.ForEach(p => p.Fail(error));
            return;
        }

        try
        {
            WriteAccepted(group);
        }
        catch (Exception e)
        {
            // Anything unforeseen (a failing look-up of a mark, say) may leave batches applied but not durable: none is published.
            Fault(e, group.Where(p => !p.IsDone));
        }
    }

    private void WriteAccepted(List<PendingWrite> group)
    {
        var now = Now();
        var plans = new List<WritePlan>(group.Count);
        var planned = new List<PendingWrite>(group.Count);
        var marks = new List<IdempotencyMark>();
        foreach (var pending in group)
        {
            if (pending.CancellationToken.IsCancellationRequested)
            {
                pending.Cancel();
                continue;
            }

            if (pending.Batch.Idempotency is { } mark && AlreadyWritten(mark, marks) is { } done)
            {
                pending.Fail(done);
                continue;
            }

            WritePlan plan;
            try
            {
                plan = Plan(pending.Batch, now);
            }
            catch (Exception refused)
            {
                // A refusal (GraphWriteException) or a fault of this one batch: nothing of it was applied.
                pending.Fail(refused);
                continue;
            }

            if (!plan.ChangesNothing)
            {
                try
                {
                    _memory.Apply(plan, _interner);
                }
                catch (Exception e)
                {
                    Fault(e, planned.Append(pending).Concat(group.Where(p => !p.IsDone)));
                    return;
                }

                plans.Add(plan);
                if (pending.Batch.Idempotency is { } written)
                {
                    marks.Add(written);
                }
            }

            pending.Result = plan.Counts.ToResult(_memory.Pending.Version);
            planned.Add(pending);
        }

        if (plans.Count > 0)
        {
            try
            {
                _file.Commit(plans, _memory.Pending.Version, marks, now);
            }
            catch (Exception e)
            {
                Fault(e, planned);
                return;
            }
        }

        _memory.PublishPending();
        planned.ForEach(p => p.Acknowledge());
    }

    /// <summary>
    /// The group is applied in memory but not durable, and cannot be taken back out: it is never published, and the store
    /// takes no more writes until it is opened again (databases stop on a failed fsync for the same reason: the state in
    /// memory no longer matches the disk). Reads go on at the last published version.
    /// </summary>
    private void Fault(Exception error, IEnumerable<PendingWrite> waiting)
    {
        _faulted = error;
        foreach (var pending in waiting)
        {
            pending.Fail(error);
        }
    }

    private WritePlan Plan(GraphBatch batch, DateTimeOffset now)
    {
        var errors = new List<WriteError>();
        var resolved = WriteResolver.Resolve(batch.Operations, new MemoryFacts(_memory), errors);

        // An operation the resolver refused still plans (so its other refusals, such as a unique value, are reported
        // too) unless it had nothing to resolve to; one the model refuses is malformed and does not.
        var refused = errors.Where(WriteResolver.LeavesNothingToPlan).Select(e => e.OperationIndex).ToHashSet();
        var (canonical, modelErrors) = ModelWriteValidator.Validate(Model, resolved);
        errors.AddRange(modelErrors);
        refused.UnionWith(modelErrors.Select(e => e.OperationIndex));
        var plan = new WritePlanner(_memory, _interner, errors, now, batch.Actor).Plan(canonical, refused);
        if (errors.Count > 0)
        {
            throw new GraphWriteException(errors.OrderBy(e => e.OperationIndex).ToArray());
        }

        return plan;
    }

    /// <summary>The refusal of a batch whose key and field were written before (by an earlier request or earlier in this group).</summary>
    private GraphWriteException? AlreadyWritten(IdempotencyMark mark, List<IdempotencyMark> group)
    {
        var stored = group.FirstOrDefault(m => m.Key == mark.Key && m.Field == mark.Field)?.RequestHash ?? _file.FindMark(mark.Key, mark.Field, mark.NotBefore);
        if (stored is null)
        {
            return null;
        }

        return stored.AsSpan().SequenceEqual(mark.RequestHash)
            ? new GraphWriteException([new WriteError(0, IdempotencyCodes.AlreadyApplied, $"This write of the request with Idempotency-Key '{mark.Key}' is already stored.")])
            : new GraphWriteException([new WriteError(0, IdempotencyCodes.KeyReused, $"The Idempotency-Key '{mark.Key}' was used with another request.")]);
    }

    public async Task<IdempotencyRecord?> FindIdempotencyAsync(string key, DateTimeOffset notBefore, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _file.FindIdempotency(key, notBefore);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task RecordResponseAsync(IdempotentResponse response, DateTimeOffset notBefore, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _file.RecordResponse(response, notBefore);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Whole milliseconds: what the data file keeps, so a stamp reads back equal after a restart.</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(Clock.GetUtcNow().ToUnixTimeMilliseconds());
}
