using CoopGraph.Storage.Backends;

namespace CoopGraph.Storage.Embedded;

/// <summary>
/// The embedded store as a store kind. Its one setting, <c>CoopGraph:DataPath</c>, sits at the top of the section
/// where the host's <c>--data</c> and <c>COOPGRAPH_DATA</c> also set it, so it is known with the host's settings.
/// </summary>
internal sealed class EmbeddedStoreProvider : IStoreProvider
{
    public const string DataPathKey = "CoopGraph:DataPath";

    public string Kind => EmbeddedGraphStore.StoreKind;

    public IReadOnlyList<StoreSettings> Settings => [];

    public async Task<IGraphBackend> OpenAsync(StoreOpening opening, CancellationToken cancellationToken)
    {
        var options = new EmbeddedStoreOptions { ReadOnly = opening.ReadOnly };
        var configured = opening.Configuration[DataPathKey] ?? options.DataPath;
        options.DataPath = string.IsNullOrWhiteSpace(configured)
            ? throw new StoreSettingsException(Kind, [$"{DataPathKey} must name a file."])
            : Path.GetFullPath(configured);
        return await EmbeddedGraphStore.OpenAsync(opening.Model, options, cancellationToken);
    }
}
