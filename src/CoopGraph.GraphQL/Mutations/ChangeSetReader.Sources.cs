using System.Collections;
using CoopGraph.Storage;

namespace CoopGraph.GraphQL.Mutations;

internal sealed partial class ChangeSetReader
{
    /// <summary>SourceRefInput values; a source may be <c>ref:name</c> of a Source created earlier in the set.</summary>
    private List<SourceRef> ReadSources(object? raw, IReadOnlyList<string> path)
    {
        var sources = new List<SourceRef>();
        if (raw is not IEnumerable items || raw is string)
        {
            return sources;
        }

        var index = 0;
        foreach (var item in items)
        {
            if (item is IReadOnlyDictionary<string, object?> input)
            {
                var source = ResolveId(input.GetValueOrDefault("source"), [.. path, index.ToString(System.Globalization.CultureInfo.InvariantCulture), "source"]);
                sources.Add(new SourceRef(
                    source,
                    input.GetValueOrDefault("quote") as string,
                    input.GetValueOrDefault("inferred") is true,
                    input.GetValueOrDefault("note") as string));
            }

            index++;
        }

        return sources;
    }
}
