namespace CoopGraph.Conformance.Tests.Support;

/// <summary>The seeded embedded store, once for the suite.</summary>
public sealed class EmbeddedFixture : IAsyncLifetime
{
    public SeededApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await SeededApi.EmbeddedAsync();

    public async Task DisposeAsync() => await Api.DisposeAsync();
}

/// <summary>The seeded Neo4j, once for the suite; nothing is touched when no Neo4j is configured.</summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private Task<SeededApi>? _api;

    /// <summary>Seeds on first use, so a run without a Neo4j never connects.</summary>
    public Task<SeededApi> ApiAsync() => _api ??= SeededApi.Neo4jAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_api is { IsCompletedSuccessfully: true })
        {
            await (await _api).DisposeAsync();
        }
    }
}
