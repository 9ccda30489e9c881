using System.Security.Claims;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Security;

/// <summary>
/// Who may run which type of operation: a mutation needs <see cref="Roles.Editor"/>; a query or subscription needs
/// <see cref="Roles.Reader"/> (or editor) only when <see cref="Reads"/> is <see cref="ReadAccess.Reader"/>.
/// </summary>
public sealed class OperationAccess(ReadAccess reads)
{
    public ReadAccess Reads => reads;

    /// <summary>Why <paramref name="user"/> may not run an operation of this type, or null when it may.</summary>
    public AccessRefusal? Check(OperationType operation, ClaimsPrincipal? user)
    {
        if (operation == OperationType.Mutation)
        {
            return Roles.MayWrite(user) ? null : Refuse(user, "A mutation needs the 'editor' role");
        }

        return MayRead(user) ? null : Refuse(user, $"A {operation.ToString().ToLowerInvariant()} needs the 'reader' or 'editor' role on this server (CoopGraph:Auth:Reads = Reader)");
    }

    /// <summary>Whether <paramref name="user"/> may run queries (the transport asks before it serves a prepared plan).</summary>
    public bool MayRead(ClaimsPrincipal? user) => reads == ReadAccess.Anonymous || Roles.MayRead(user);

    private static AccessRefusal Refuse(ClaimsPrincipal? user, string need) => Roles.IsAuthenticated(user)
        ? new AccessRefusal(AccessErrorCodes.Forbidden, $"{need}, which {(Roles.ActorName(user) is { } name ? $"'{name}'" : "this caller")} does not have.")
        : new AccessRefusal(AccessErrorCodes.Unauthenticated, $"{need}: send an API key in the X-Api-Key header, or a bearer token in Authorization.");
}
