using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>The scalars a property may use, besides enums.</summary>
internal static class ModelCompilerScalars
{
    public static readonly Dictionary<string, ValueKind> Kinds = new(StringComparer.Ordinal)
    {
        ["String"] = ValueKind.String,
        ["Int"] = ValueKind.Int,
        ["Float"] = ValueKind.Float,
        ["Boolean"] = ValueKind.Boolean,
        ["ID"] = ValueKind.Id,
        ["PartialDate"] = ValueKind.PartialDate,
    };
}
