using CoopGraph.Host.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;

namespace CoopGraph.Host.Tests.Support;

/// <summary>
/// The real server (CoopGraphServer.Build: store, seed, GraphQL, transport, IDE) over a data file in a temporary folder,
/// either in memory or on Kestrel at a free loopback port.
/// </summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, TemporaryFolder folder, string dataPath)
    {
        _app = app;
        Folder = folder;
        DataPath = dataPath;
    }

    public TemporaryFolder Folder { get; }

    public string DataPath { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The GraphQL endpoint's absolute address (Kestrel only).</summary>
    public string GraphQLUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/graphql";

    public HttpClient CreateClient() => _app.GetTestClient();

    public static async Task<LiveServer> StartAsync(bool kestrel = false, TemporaryFolder? folder = null, IDictionary<string, string?>? settings = null)
    {
        folder ??= new TemporaryFolder();
        var dataPath = Path.Combine(folder.Path, "data", "coopgraph.db");
        var all = new Dictionary<string, string?> { ["CoopGraph:DataPath"] = dataPath, ["Logging:LogLevel:Default"] = "Warning" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var builder = ServerBuilder.Create([], kestrel ? "http://127.0.0.1:0" : null, all);
        builder.Environment.EnvironmentName = "Testing";
        if (!kestrel)
        {
            builder.WebHost.UseTestServer();
        }

        var app = CoopGraphServer.Build(builder);
        await app.StartAsync();
        return new LiveServer(app, folder, dataPath);
    }

    /// <summary>Polls <c>/readyz</c> until the store is loaded and seeded; the bound only keeps a broken server from hanging the run.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            using var response = await client.GetAsync(new Uri(client.BaseAddress ?? new Uri(GraphQLUrl), "/readyz"), timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
