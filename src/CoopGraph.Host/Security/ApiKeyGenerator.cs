using System.Buffers.Text;
using System.Security.Cryptography;

namespace CoopGraph.Host.Security;

/// <summary>New API keys: 256 random bits, URL-safe base64, behind a prefix that lets secret scanners and people recognise one.</summary>
internal static class ApiKeyGenerator
{
    public const string Prefix = "cg_";

    public static string Create() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
