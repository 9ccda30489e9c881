using System.Security.Cryptography;

namespace CoopGraph.Host.Security;

/// <summary>Finds the configured key a request presents, comparing hashes so that the time taken tells nothing about any key.</summary>
internal sealed class ApiKeyChecker(IReadOnlyList<ApiKey> keys)
{
    public IReadOnlyList<ApiKey> Keys => keys;

    /// <summary>The key whose hash is the hash of <paramref name="presented"/>, or null.</summary>
    public ApiKey? Find(string presented)
    {
        var hash = ApiKeyHash.Compute(presented);
        ApiKey? match = null;
        // Every key is compared, in constant time, and the loop never stops early: how long a refusal takes does not
        // depend on how much of a hash matched, nor on which key (if any) matched. Names are unique, so at most one does.
        foreach (var key in keys)
        {
            var equal = CryptographicOperations.FixedTimeEquals(hash, key.Hash);
            match = equal ? key : match;
        }

        return match;
    }
}
