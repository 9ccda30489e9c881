namespace CoopGraph.Host.Hosting;

/// <summary>The server's own log lines, source-generated so that disabled levels cost nothing.</summary>
internal static partial class HostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Opened the {Store} store ({Location}) in {ElapsedMilliseconds:0} ms.")]
    public static partial void StoreOpened(this ILogger logger, string store, string location, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is empty; importing the seed from {Folder}.")]
    public static partial void SeedingEmptyStore(this ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and no seed folder was found (CoopGraph:SeedPath); serving an empty graph.")]
    public static partial void NoSeedFolder(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Nodes} nodes and {Relationships} relationships.")]
    public static partial void Seeded(this ILogger logger, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "CoopGraph is ready.")]
    public static partial void Ready(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The store could not be loaded; the server stops.")]
    public static partial void StoreFailed(this ILogger logger, Exception exception);

    /// <summary>A failure whose message says what to do: the message alone, one line, no stack trace.</summary>
    [LoggerMessage(Level = LogLevel.Critical, Message = "The server stops: {Reason}")]
    public static partial void StoreRefused(this ILogger logger, string reason);
}
