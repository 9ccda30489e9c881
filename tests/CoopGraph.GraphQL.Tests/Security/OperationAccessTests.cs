using System.Security.Claims;
using CoopGraph.GraphQL.Security;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Tests.Security;

public sealed class OperationAccessTests
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Reader = Signed("ana", Roles.Reader);
    private static readonly ClaimsPrincipal Editor = Signed("eli", Roles.Editor);
    private static readonly ClaimsPrincipal NoRoles = Signed("nor");

    [Theory]
    [InlineData(ReadAccess.Anonymous, OperationType.Query, "anonymous", null)]
    [InlineData(ReadAccess.Anonymous, OperationType.Mutation, "anonymous", AccessErrorCodes.Unauthenticated)]
    [InlineData(ReadAccess.Anonymous, OperationType.Mutation, "reader", AccessErrorCodes.Forbidden)]
    [InlineData(ReadAccess.Anonymous, OperationType.Mutation, "editor", null)]
    [InlineData(ReadAccess.Reader, OperationType.Query, "anonymous", AccessErrorCodes.Unauthenticated)]
    [InlineData(ReadAccess.Reader, OperationType.Subscription, "anonymous", AccessErrorCodes.Unauthenticated)]
    [InlineData(ReadAccess.Reader, OperationType.Query, "no roles", AccessErrorCodes.Forbidden)]
    [InlineData(ReadAccess.Reader, OperationType.Subscription, "reader", null)]
    [InlineData(ReadAccess.Reader, OperationType.Query, "editor", null)]
    [InlineData(ReadAccess.Anonymous, OperationType.Subscription, "no roles", null)]
    public void An_operation_type_needs_its_role(ReadAccess reads, OperationType operation, string caller, string? expected)
    {
        var user = caller switch { "anonymous" => Anonymous, "reader" => Reader, "editor" => Editor, _ => NoRoles };

        Assert.Equal(expected, new OperationAccess(reads).Check(operation, user)?.Code);
    }

    [Fact]
    public void The_actor_is_the_name_claim_of_a_signed_in_principal_and_nobody_otherwise()
    {
        Assert.Equal("eli", Roles.ActorName(Editor));
        Assert.Null(Roles.ActorName(Anonymous));
        Assert.Null(Roles.ActorName(null));
    }

    [Fact]
    public void A_budget_of_two_refuses_the_third_write_with_a_wait_and_keeps_callers_apart()
    {
        using var limiter = new WriteRateLimiter(2, TimeSpan.FromHours(1));

        Assert.True(limiter.TryAcquire("name:a", out _));
        Assert.True(limiter.TryAcquire("name:a", out _));
        Assert.False(limiter.TryAcquire("name:a", out var wait));
        Assert.True(wait > TimeSpan.Zero);
        Assert.True(limiter.TryAcquire("name:b", out _));
    }

    private static ClaimsPrincipal Signed(string name, params string[] roles) => new(new ClaimsIdentity(
        roles.Select(r => new Claim(Roles.ClaimType, r)).Prepend(new Claim(ClaimTypes.Name, name)), "test", ClaimTypes.Name, Roles.ClaimType));
}
