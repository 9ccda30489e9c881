using System.Net;
using CoopGraph.GraphQL.Security;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Security;

/// <summary>Who a request acts as: the name the mutations record, as the API's own helper reads it from the principal.</summary>
public sealed class CallerIdentityTests
{
    [Theory]
    [InlineData("api key", "editor-1", "editor")]
    [InlineData("jwt with name", "Nguyen Van A", "editor")]
    [InlineData("jwt with sub only", "user-42", "editor")]
    public async Task The_principal_carries_the_callers_name_and_roles(string how, string name, string role)
    {
        await using var app = await StartWithWhoAmIAsync();
        using var request = PostQuery("{ hello }");
        _ = how switch
        {
            "api key" => request.WithApiKey(TestCredentials.EditorKey),
            "jwt with name" => request.WithBearer(TestTokens.Create(roles: [role], name: name)),
            _ => request.WithBearer(TestTokens.Create(roles: [role], subject: name)),
        };

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{name} ({role})", response.Headers.GetValues("X-Test-Caller").Single());
    }

    [Fact]
    public async Task Development_editor_keys_from_coopgraph_editor_keys_are_named_dev_n()
    {
        var settings = TestCredentials.Settings();
        settings["COOPGRAPH_EDITOR_KEYS"] = " first-dev-key , second-dev-key ";
        await using var app = await StartWithWhoAmIAsync(settings);

        using var mutation = await app.Client.SendAsync(PostQuery("""mutation { rename(name: "x") }""").WithApiKey("second-dev-key"));

        Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
        Assert.Equal("dev-2 (editor)", mutation.Headers.GetValues("X-Test-Caller").Single());
    }

    [Fact]
    public async Task A_refusal_names_the_caller_who_lacks_the_role()
    {
        await using var app = await TransportApp.StartAsync(TestCredentials.Settings());

        using var response = await app.Client.SendAsync(PostQuery("""mutation { rename(name: "x") }""").WithBearer(TestTokens.Create(subject: "user-7")));

        var error = await response.AssertRequestErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal("A mutation needs the 'editor' role, which 'user-7' does not have.", error.GetProperty("message").GetString());
    }

    /// <summary>The transport app with a middleware after authentication that reports the caller as the API sees it.</summary>
    private static Task<TransportApp> StartWithWhoAmIAsync(Dictionary<string, string?>? settings = null) =>
        TransportApp.StartAsync(settings ?? TestCredentials.Settings(), afterAuth: app => app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var roles = string.Join(",", context.User.FindAll(Roles.ClaimType).Select(c => c.Value));
                context.Response.Headers["X-Test-Caller"] = $"{Roles.ActorName(context.User)} ({roles})";
                return Task.CompletedTask;
            });
            await next(context);
        }));
}
