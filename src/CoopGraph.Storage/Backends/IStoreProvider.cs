namespace CoopGraph.Storage.Backends;

/// <summary>
/// One kind of store (<see cref="Kind"/>, the value of <c>CoopGraph:Store</c>): the settings it binds and how it opens.
/// Each store project registers its own (<c>AddEmbeddedStore()</c>, <c>AddNeo4jStore()</c>), so a new store is one
/// new project and one registration, with no switch to extend.
/// </summary>
public interface IStoreProvider
{
    /// <summary>The name <c>CoopGraph:Store</c> gives to choose this store, matched without regard to case.</summary>
    string Kind { get; }

    /// <summary>The configuration sections this store binds, so the start-up check knows their keys as well as the host's.</summary>
    IReadOnlyList<StoreSettings> Settings { get; }

    /// <summary>Binds this store's settings from <see cref="StoreOpening.Configuration"/> and opens it; it is not initialised yet.</summary>
    /// <exception cref="StoreSettingsException">The store's settings cannot work; each problem says what to set.</exception>
    Task<IGraphBackend> OpenAsync(StoreOpening opening, CancellationToken cancellationToken);
}
