using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CoopGraph.Host.Security;

/// <summary>
/// How an API key is configured: <c>sha256:</c> and the lowercase hex of the SHA-256 of its UTF-8 bytes. The prefix names
/// the algorithm, so a hash of another kind could be added later without guessing what a bare hex string is.
/// </summary>
internal static class ApiKeyHash
{
    public const string Prefix = "sha256:";

    public const string Form = "sha256:<64 hex digits>";

    public static byte[] Compute(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The configured form of <paramref name="key"/>'s hash.</summary>
    public static string Format(string key) => Prefix + Convert.ToHexStringLower(Compute(key));

    /// <summary>The hash's 32 bytes, or false when <paramref name="text"/> is not <see cref="Form"/> (hex of either case).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out byte[]? hash)
    {
        hash = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length != Prefix.Length + (SHA256.HashSizeInBytes * 2))
        {
            return false;
        }

        try
        {
            hash = Convert.FromHexString(text.AsSpan(Prefix.Length));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
