using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Host.Cli;
using CoopGraph.Host.Configuration;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Hosting;

/// <summary>
/// Failures whose message tells the user what is wrong and what to do (a data file in use, empty or damaged; type
/// definitions with errors; settings that name nothing or do not convert; a store kind not known or settings it
/// cannot use; a store that cannot be reached), so the server and the tools print the message alone.
/// Any other exception is a fault of this build and keeps its stack trace.
/// </summary>
internal static class UserFacing
{
    /// <summary>The exit code for a user-facing failure, or null for any other exception.</summary>
    public static int? ExitCode(Exception e) => e switch
    {
        DataFileException or ModelCompilationException or UnknownStoreKindException or StoreSettingsException => ExitCodes.InvalidInput,
        StoreUnavailableException => ExitCodes.StoreUnavailable,
        InvalidSettingsException => ExitCodes.InvalidSettings,
        _ => null,
    };
}
