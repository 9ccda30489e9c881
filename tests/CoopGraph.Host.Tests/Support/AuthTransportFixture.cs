namespace CoopGraph.Host.Tests.Support;

/// <summary>Two in-memory transport apps with <see cref="TestCredentials"/>: reads open to anyone, and reads for readers only.</summary>
public sealed class AuthTransportFixture : IAsyncLifetime
{
    private TransportApp? _open;
    private TransportApp? _readersOnly;

    internal HttpClient Client(string reads) => (reads == "Reader" ? _readersOnly : _open)!.Client;

    public async Task InitializeAsync()
    {
        _open = await TransportApp.StartAsync(TestCredentials.Settings("Anonymous"));
        _readersOnly = await TransportApp.StartAsync(TestCredentials.Settings("Reader"));
    }

    public async Task DisposeAsync()
    {
        await (_open?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (_readersOnly?.DisposeAsync() ?? ValueTask.CompletedTask);
    }
}
