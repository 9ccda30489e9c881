using System.Net;
using CoopGraph.Host.Health;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Readyz_is_503_until_ready_and_healthz_is_200_throughout()
    {
        var readiness = new SwitchableReadiness();
        await using var app = await TransportApp.StartAsync(services: s => s.AddSingleton<IServiceReadiness>(readiness));

        using var aliveWhileLoading = await app.Client.GetAsync("/healthz");
        using var readyWhileLoading = await app.Client.GetAsync("/readyz");
        readiness.IsReady = true;
        using var readyAfterwards = await app.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, aliveWhileLoading.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileLoading.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAfterwards.StatusCode);
    }

    [Fact]
    public async Task The_store_probe_answers_through_the_store_contract_once_the_store_is_open()
    {
        await using var server = await LiveServer.StartAsync();
        using var client = server.CreateClient();
        await server.WaitUntilReadyAsync(client);

        using var response = await client.GetAsync("/healthz/store");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        var health = await server.Services.GetRequiredService<CoopGraph.Storage.Backends.IGraphBackend>().CheckHealthAsync();
        Assert.True(health.IsHealthy);
        Assert.Contains(server.DataPath, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_probes_while_loading_log_no_warnings_or_errors()
    {
        var readiness = new SwitchableReadiness();
        using var log = new LogCapture();
        await using var app = await TransportApp.StartAsync(services: s => s.AddSingleton<IServiceReadiness>(readiness).AddSingleton<ILoggerProvider>(log));

        for (var probe = 0; probe < 20; probe++)
        {
            using var response = await app.Client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("loading the test store", await response.Content.ReadAsStringAsync());
        }

        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task GraphQL_requests_are_503_store_unavailable_until_ready()
    {
        var readiness = new SwitchableReadiness();
        await using var app = await TransportApp.StartAsync(services: s => s.AddSingleton<IServiceReadiness>(readiness));

        using var whileLoading = await app.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }", GraphQLRequests.GraphQLResponseJson));
        readiness.IsReady = true;
        using var afterwards = await app.Client.SendAsync(GraphQLRequests.PostQuery("{ hello }"));

        var error = await whileLoading.AssertRequestErrorAsync(HttpStatusCode.ServiceUnavailable, "STORE_UNAVAILABLE");
        Assert.Equal("loading the test store", error.GetProperty("message").GetString());
        Assert.NotNull(whileLoading.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    private sealed class SwitchableReadiness : IServiceReadiness
    {
        public bool IsReady { get; set; }

        public string Status => IsReady ? "ready" : "loading the test store";
    }
}
