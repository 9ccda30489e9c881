using CoopGraph.GraphQL.Security;

namespace CoopGraph.Host.Security;

/// <summary>
/// <c>COOPGRAPH_EDITOR_KEYS</c>: plain editor keys, separated by commas, for development and tests, named <c>dev-1</c>,
/// <c>dev-2</c> and so on. They are hashed as they are read and held like any configured key.
/// </summary>
internal static class DevelopmentKeys
{
    public const string Variable = "COOPGRAPH_EDITOR_KEYS";

    public const string Source = "the environment (" + Variable + ")";

    /// <summary>Read through configuration, which holds the environment's variables (and lets a test host give them as settings).</summary>
    public static IEnumerable<ApiKey> From(IConfiguration configuration) =>
        (configuration[Variable] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((key, i) => new ApiKey($"dev-{i + 1}", ApiKeyHash.Compute(key), [Roles.Editor], Source));
}
