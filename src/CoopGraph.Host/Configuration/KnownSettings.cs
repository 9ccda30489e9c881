using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.GraphQL.Schema;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Host.Configuration;

/// <summary>
/// Every setting under <c>CoopGraph:</c>: the properties of <see cref="CoopGraphOptions"/> (its nested options included),
/// with the sections other layers bind beside it (<see cref="ApiLimits"/>, <see cref="TraversalLimits"/>) mounted in.
/// </summary>
internal static class KnownSettings
{
    /// <summary>The options classes bound from a section of their own under <c>CoopGraph:</c>.</summary>
    private static readonly (string Section, Type Options)[] SectionsBoundElsewhere =
    [
        (GraphQLServiceCollectionExtensions.LimitsSection, typeof(ApiLimits)),
        (TraversalLimits.Section, typeof(TraversalLimits)),
    ];

    public static SettingNode Root { get; } = SettingNode.ForSection(
        typeof(CoopGraphOptions),
        SectionsBoundElsewhere.ToDictionary(s => NameUnderRoot(s.Section), s => s.Options, StringComparer.OrdinalIgnoreCase));

    /// <summary>The full path of every setting that holds a value or a collection, e.g. <c>CoopGraph:Api:MaxCost</c>.</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. PathsUnder(CoopGraphOptions.SectionName, Root, depth: 0)];

    /// <summary>Options nest a few levels; the bound keeps an options type that refers to itself from recursing for ever.</summary>
    private const int MaxDepth = 8;

    private static IEnumerable<string> PathsUnder(string path, SettingNode node, int depth) =>
        node.Kind == SettingKind.Section && depth < MaxDepth
            ? node.Settings.SelectMany(s => PathsUnder(ConfigurationPath.Combine(path, s.Key), s.Value, depth + 1))
            : [path];

    private static string NameUnderRoot(string section) =>
        ConfigurationPath.GetParentPath(section) == CoopGraphOptions.SectionName
            ? ConfigurationPath.GetSectionKey(section)
            : throw new InvalidOperationException($"{section} is not a section directly under {CoopGraphOptions.SectionName}.");
}
