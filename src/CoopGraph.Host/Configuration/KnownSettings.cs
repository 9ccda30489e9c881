using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.GraphQL.Schema;
using CoopGraph.Host.Hosting;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Backends;

namespace CoopGraph.Host.Configuration;

/// <summary>
/// Every setting under <c>CoopGraph:</c>: the properties of <see cref="CoopGraphOptions"/> (its nested options included),
/// with the sections other layers bind beside it (<see cref="ApiLimits"/>, <see cref="TraversalLimits"/>) and those each
/// registered store binds (<see cref="IStoreProvider.Settings"/>) mounted in; <c>Store</c> takes a registered kind.
/// </summary>
internal static class KnownSettings
{
    /// <summary>The options classes the host's layers bind from a section of their own under <c>CoopGraph:</c>.</summary>
    private static readonly (string Section, Type Options)[] SectionsBoundElsewhere =
    [
        (GraphQLServiceCollectionExtensions.LimitsSection, typeof(ApiLimits)),
        (TraversalLimits.Section, typeof(TraversalLimits)),
    ];

    public static SettingNode Root { get; } = For(BuiltInStores.Registry);

    /// <summary>The full path of every setting that holds a value or a collection, e.g. <c>CoopGraph:Api:MaxCost</c>.</summary>
    public static IReadOnlyList<string> Paths { get; } = [.. PathsUnder(CoopGraphOptions.SectionName, Root, depth: 0)];

    /// <summary>Options nest a few levels; the bound keeps an options type that refers to itself from recursing for ever.</summary>
    private const int MaxDepth = 8;

    /// <summary>The settings tree with the stores of <paramref name="stores"/>.</summary>
    public static SettingNode For(StoreRegistry stores)
    {
        var bound = SectionsBoundElsewhere.Concat(stores.Providers.SelectMany(p => p.Settings.Select(s => (s.Section, s.Options))));

        // A section several layers bind (a store's own traversal bounds beside the shared ones) knows the keys of each.
        var mounted = bound
            .GroupBy(s => NameUnderRoot(s.Section), s => s.Options, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Merged([.. g]), StringComparer.OrdinalIgnoreCase);
        mounted[nameof(CoopGraphOptions.Store)] = SettingNode.OneOf(stores.Kinds);
        return SettingNode.ForSection(typeof(CoopGraphOptions), mounted);
    }

    private static SettingNode Merged(IReadOnlyList<Type> options)
    {
        var also = new Dictionary<string, SettingNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in options.Skip(1).SelectMany(o => SettingNode.ForSection(o).Settings))
        {
            also[name] = node;
        }

        return SettingNode.ForSection(options[0], also);
    }

    private static IEnumerable<string> PathsUnder(string path, SettingNode node, int depth) =>
        node.Kind == SettingKind.Section && depth < MaxDepth
            ? node.Settings.SelectMany(s => PathsUnder(ConfigurationPath.Combine(path, s.Key), s.Value, depth + 1))
            : [path];

    private static string NameUnderRoot(string section) =>
        ConfigurationPath.GetParentPath(section) == CoopGraphOptions.SectionName
            ? ConfigurationPath.GetSectionKey(section)
            : throw new InvalidOperationException($"{section} is not a section directly under {CoopGraphOptions.SectionName}.");
}
