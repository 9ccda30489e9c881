using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Seed;

/// <summary>
/// The folder layout of a seed: <c>nodes/&lt;label-kebab&gt;.jsonl</c> and
/// <c>relationships/&lt;TYPE&gt;.jsonl</c>, one JSON object a line, sorted by id.
/// </summary>
public static class SeedLayout
{
    public const string NodesFolder = "nodes";
    public const string RelationshipsFolder = "relationships";
    public const string Extension = ".jsonl";

    /// <summary>The articles the seed's Sources come from, by file name (the Source property <see cref="SourceFileProperty"/>).</summary>
    public const string ArticlesFolder = "articles";

    public const string SourceFileProperty = "file";

    public static string NodeFileName(NodeType label) => label.IdPrefix + Extension;

    public static string RelationshipFileName(RelationshipType type) => type.Name + Extension;

    /// <summary>The files of a seed folder: node files first, then relationship files, each in name order.</summary>
    internal static IReadOnlyList<string> Files(string folder, string subfolder)
    {
        var path = Path.Combine(folder, subfolder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*" + Extension).Order(StringComparer.Ordinal).ToArray()
            : [];
    }
}
