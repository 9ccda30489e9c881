namespace CoopGraph.Storage.Backends;

/// <summary>The store kinds this build carries, each registered by its own project; the host opens the configured one.</summary>
public sealed class StoreRegistry
{
    private readonly Dictionary<string, IStoreProvider> _providers;

    public StoreRegistry(IEnumerable<IStoreProvider> providers)
    {
        _providers = new Dictionary<string, IStoreProvider>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in providers)
        {
            if (!_providers.TryAdd(provider.Kind, provider))
            {
                throw new InvalidOperationException($"Two stores are registered as '{provider.Kind}'.");
            }
        }
    }

    /// <summary>The registered kinds, in registration order.</summary>
    public IReadOnlyList<string> Kinds => [.. _providers.Keys];

    public IReadOnlyCollection<IStoreProvider> Providers => _providers.Values;

    /// <exception cref="UnknownStoreKindException">No store of that kind is registered; the message names those that are.</exception>
    public IStoreProvider Find(string kind) =>
        _providers.TryGetValue(kind, out var provider) ? provider : throw new UnknownStoreKindException(kind, Kinds);

    /// <summary>Opens the store of <paramref name="kind"/>; not initialised yet.</summary>
    /// <exception cref="UnknownStoreKindException">No store of that kind is registered.</exception>
    public Task<IGraphBackend> OpenAsync(string kind, StoreOpening opening, CancellationToken cancellationToken) =>
        Find(kind).OpenAsync(opening, cancellationToken);
}
