namespace CoopGraph.Host.Tests.Support;

/// <summary>One in-memory transport app with default settings and the test credentials (reads open), shared by a test class.</summary>
public sealed class TransportFixture : IAsyncLifetime
{
    private TransportApp? _app;

    internal HttpClient Client => _app!.Client;

    public async Task InitializeAsync() => _app = await TransportApp.StartAsync(TestCredentials.Settings());

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
