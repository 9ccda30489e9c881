namespace CoopGraph.Host.Tests.Support;

/// <summary>The callers of the access matrix: how each signs a request, and what it may do.</summary>
internal static class TestCallers
{
    public const string Anonymous = "anonymous";

    /// <summary>Each caller's way of signing a request.</summary>
    public static readonly IReadOnlyDictionary<string, Func<HttpRequestMessage, HttpRequestMessage>> All = new Dictionary<string, Func<HttpRequestMessage, HttpRequestMessage>>
    {
        [Anonymous] = r => r,
        ["reader key"] = r => r.WithApiKey(TestCredentials.ReaderKey),
        ["editor key"] = r => r.WithApiKey(TestCredentials.EditorKey),
        ["unknown key"] = r => r.WithApiKey("cg_not-a-configured-key"),
        ["expired JWT"] = r => r.WithBearer(TestTokens.Create(roles: ["editor"], expiresIn: TimeSpan.FromHours(-1))),
        ["JWT for another audience"] = r => r.WithBearer(TestTokens.Create(roles: ["editor"], audience: "someone-else")),
        ["JWT from another issuer"] = r => r.WithBearer(TestTokens.Create(roles: ["editor"], issuer: "https://elsewhere.test")),
        ["JWT with a foreign signature"] = r => r.WithBearer(TestTokens.Create(roles: ["editor"], signingKey: TestTokens.ForeignKey)),
        ["JWT with role editor"] = r => r.WithBearer(TestTokens.Create(roles: ["editor"])),
        ["JWT with roles reader and editor"] = r => r.WithBearer(TestTokens.Create(roles: ["reader", "editor"])),
        ["JWT with role reader"] = r => r.WithBearer(TestTokens.Create(roles: ["reader"])),
        ["JWT without roles"] = r => r.WithBearer(TestTokens.Create()),
    };

    /// <summary>Callers whose credentials are refused whatever they ask.</summary>
    public static bool HasBadCredentials(string caller) => caller is "unknown key" or "expired JWT" or "JWT for another audience" or "JWT from another issuer" or "JWT with a foreign signature";

    public static bool IsEditor(string caller) => caller is "editor key" or "JWT with role editor" or "JWT with roles reader and editor";

    public static bool IsReader(string caller) => IsEditor(caller) || caller is "reader key" or "JWT with role reader";

    /// <summary>The contract code the caller gets for a mutation or a read, or null when it may run it.</summary>
    public static string? ExpectedRefusal(string caller, bool mutation, string reads) => caller switch
    {
        _ when HasBadCredentials(caller) => "UNAUTHENTICATED",
        Anonymous when mutation || reads == "Reader" => "UNAUTHENTICATED",
        _ when mutation => IsEditor(caller) ? null : "FORBIDDEN",
        _ => reads == "Anonymous" || IsReader(caller) ? null : "FORBIDDEN",
    };
}
