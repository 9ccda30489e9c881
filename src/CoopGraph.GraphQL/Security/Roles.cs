using System.Security.Claims;

namespace CoopGraph.GraphQL.Security;

/// <summary>
/// The roles of the API contract and who a request acts as. Every way of signing in (API keys, JWT bearer tokens) gives
/// a principal whose roles are <see cref="ClaimType"/> claims and whose name is its <see cref="ClaimTypes.Name"/> claim.
/// </summary>
public static class Roles
{
    /// <summary>May run mutations, and read.</summary>
    public const string Editor = "editor";

    /// <summary>May read when reads are not open to anyone (<c>CoopGraph:Auth:Reads = Reader</c>).</summary>
    public const string Reader = "reader";

    /// <summary>The claim that carries roles: a JWT's <c>roles</c> claim as issued, with no mapping to a longer URI.</summary>
    public const string ClaimType = "roles";

    /// <summary>Every role there is, in the order they are listed in messages.</summary>
    public static IReadOnlyList<string> All { get; } = [Reader, Editor];

    /// <summary>
    /// The name to record as <c>createdBy</c>/<c>updatedBy</c>: the API key's name, or the JWT's <c>name</c> (else
    /// <c>sub</c>) claim; null for an anonymous request.
    /// </summary>
    public static string? ActorName(ClaimsPrincipal? user) =>
        IsAuthenticated(user) ? user!.FindFirst(ClaimTypes.Name)?.Value ?? user.Identity!.Name : null;

    public static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    /// <summary>An editor may read as well as write.</summary>
    public static bool MayRead(ClaimsPrincipal? user) => IsAuthenticated(user) && (user!.IsInRole(Reader) || user.IsInRole(Editor));

    public static bool MayWrite(ClaimsPrincipal? user) => IsAuthenticated(user) && user!.IsInRole(Editor);
}
