using CoopGraph.Storage.Backends;

namespace CoopGraph.Host.Tests.Support;

/// <summary>A store kind that exists only in tests: what a third store's project would register.</summary>
internal sealed class FakeStoreProvider(string kind, params StoreSettings[] settings) : IStoreProvider
{
    public string Kind => kind;

    public IReadOnlyList<StoreSettings> Settings => settings;

    public Task<IGraphBackend> OpenAsync(StoreOpening opening, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A fake store opens nothing.");
}
