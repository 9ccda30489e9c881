using System.Security.Cryptography;
using System.Text;

namespace CoopGraph.Host.Tests.Support;

/// <summary>API keys and a JWT signing setup for tests, configured the way an operator would: hashes only.</summary>
internal static class TestCredentials
{
    public const string ReaderKey = "cg_test-reader-key";
    public const string EditorKey = "cg_test-editor-key";
    public const string OtherEditorKey = "cg_test-other-editor-key";
    public const string Issuer = "https://issuer.test";
    public const string Audience = "coopgraph-test";

    /// <summary>32 bytes, the smallest HMAC-SHA256 key the server takes.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("a test signing key of 32 bytes!!"));

    /// <summary>Three keys (reader, editor, another editor) and JWT, with <paramref name="reads"/> as the read access.</summary>
    public static Dictionary<string, string?> Settings(string reads = "Anonymous") => new()
    {
        ["CoopGraph:Auth:Reads"] = reads,
        ["CoopGraph:Auth:ApiKeys:0:Name"] = "reader-1",
        ["CoopGraph:Auth:ApiKeys:0:Hash"] = Hash(ReaderKey),
        ["CoopGraph:Auth:ApiKeys:0:Roles:0"] = "reader",
        ["CoopGraph:Auth:ApiKeys:1:Name"] = "editor-1",
        ["CoopGraph:Auth:ApiKeys:1:Hash"] = Hash(EditorKey),
        ["CoopGraph:Auth:ApiKeys:1:Roles:0"] = "editor",
        ["CoopGraph:Auth:ApiKeys:2:Name"] = "editor-2",
        ["CoopGraph:Auth:ApiKeys:2:Hash"] = Hash(OtherEditorKey),
        ["CoopGraph:Auth:ApiKeys:2:Roles:0"] = "editor",
        ["CoopGraph:Auth:Jwt:Issuer"] = Issuer,
        ["CoopGraph:Auth:Jwt:Audience"] = Audience,
        ["CoopGraph:Auth:Jwt:SigningKey"] = SigningKey,
        // Tests are not a place for a missing keys file beside the test binaries to be found.
        ["CoopGraph:Auth:KeysFile"] = Path.Combine(Path.GetTempPath(), "coopgraph-tests-no-keys-file.json"),
    };

    /// <summary>The configured form, computed here independently of the server's code.</summary>
    public static string Hash(string key) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static HttpRequestMessage WithApiKey(this HttpRequestMessage request, string key)
    {
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
