using System.Threading.RateLimiting;

namespace CoopGraph.GraphQL.Security;

/// <summary>
/// A fixed budget of mutations per window for each caller (an API key's or token's name, else a client address).
/// Reads are not counted here: they are bounded by the API's cost and time limits instead.
/// </summary>
public sealed class WriteRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _limiter;

    /// <param name="permitsPerWindow">Mutations each caller may start per window; 0 turns the limit off.</param>
    public WriteRateLimiter(int permitsPerWindow, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitsPerWindow);
        if (permitsPerWindow == 0)
        {
            return;
        }

        // No queue: a write over budget is answered at once with when to try again, rather than held open.
        // The partitioned limiter drops a caller's window once it has been idle, so callers seen once cost nothing later.
        _limiter = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerWindow,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Takes one permit of <paramref name="caller"/>'s budget; false with how long to wait when it is spent.</summary>
    public bool TryAcquire(string caller, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
        {
            return true;
        }

        // A fixed window's permits come back when the window turns, not when a lease is disposed, so the lease is not kept.
        using var lease = _limiter.AttemptAcquire(caller);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return false;
    }

    public void Dispose() => _limiter?.Dispose();
}
