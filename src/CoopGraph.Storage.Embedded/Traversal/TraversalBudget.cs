using CoopGraph.Planning;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Counts the relationships one traversal examines and stops it past the configured maximum;
/// checks for cancellation (timeout) every few thousand, so no traversal can hang a request.
/// </summary>
internal sealed class TraversalBudget(long maxExpansions, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 4096;
    private long _spent;
    private int _sinceCheck;

    public static TraversalBudget Unlimited => new(long.MaxValue, CancellationToken.None);

    public long Spent => _spent;

    public CancellationToken CancellationToken => cancellationToken;

    public void Spend(int relationships)
    {
        _spent += relationships;
        if (_spent > maxExpansions)
        {
            throw new PlanExecutionException(
                "LIMIT_EXCEEDED",
                $"The traversal examined more than {maxExpansions} relationships (limit MaxExpansions); narrow it with types, labels, direction or a smaller depth.");
        }

        _sinceCheck += relationships + 1;
        if (_sinceCheck >= CancellationCheckInterval)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
