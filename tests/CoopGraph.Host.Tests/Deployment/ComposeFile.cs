using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CoopGraph.Host.Tests.Deployment;

/// <summary>
/// The repository's <c>docker-compose.yml</c> read as Docker Compose reads it: services, their settings,
/// and environment values with <c>${NAME:-default}</c> taken at their defaults (no <c>.env</c> present).
/// </summary>
internal sealed partial class ComposeFile
{
    private readonly YamlMappingNode _root;

    private ComposeFile(YamlMappingNode root) => _root = root;

    public static ComposeFile Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new ComposeFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public IReadOnlyList<string> ServiceNames => [.. Mapping(_root, "services").Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    public IReadOnlyList<string> DeclaredVolumes => [.. Mapping(_root, "volumes").Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    public YamlMappingNode Service(string name) => Mapping(Mapping(_root, "services"), name);

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode mapping
            ? mapping
            : throw new InvalidOperationException($"docker-compose.yml has no mapping '{key}' here.");

    public static IReadOnlyList<string> Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence
            ? [.. sequence.Children.Select(c => ((YamlScalarNode)c).Value!)]
            : [];

    /// <summary>A service's environment with every <c>${NAME:-default}</c> at its default.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service) =>
        Mapping(Service(service), "environment").Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value!,
            p => Defaults().Replace(((YamlScalarNode)p.Value).Value ?? string.Empty, m => m.Groups["default"].Value),
            StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(:-(?<default>[^}]*))?\}")]
    private static partial Regex Defaults();
}
