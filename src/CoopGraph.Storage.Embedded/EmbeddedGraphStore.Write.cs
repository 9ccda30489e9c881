using CoopGraph.Storage.Embedded.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded;

/// <summary>
/// Writing: check everything (model, then the latest state plus the batch itself), commit the
/// effect to SQLite in one transaction, and only then apply it to memory and publish the new
/// version. A refused batch changes nothing anywhere; a batch identical to what is stored
/// changes nothing either and keeps the version.
/// </summary>
public sealed partial class EmbeddedGraphStore
{
    public async Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_file.ReadOnly)
            {
                throw new InvalidOperationException($"The data file {_file.Path} was opened read-only; it takes no writes.");
            }

            return Write(batch, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private WriteResult Write(GraphBatch batch, CancellationToken cancellationToken)
    {
        var (canonical, modelErrors) = ModelWriteValidator.Validate(Model, batch);
        var errors = modelErrors.ToList();
        var refused = errors.Select(e => e.OperationIndex).ToHashSet();
        var plan = new WritePlanner(_memory, _interner, errors).Plan(canonical, refused);
        if (errors.Count > 0)
        {
            throw new GraphWriteException(errors.OrderBy(e => e.OperationIndex).ToArray());
        }

        var version = Version;
        if (!plan.ChangesNothing)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _file.Commit(plan, version + 1);
            _memory.Apply(plan, _interner);
            version++;
        }

        return plan.Counts.ToResult(version);
    }
}
