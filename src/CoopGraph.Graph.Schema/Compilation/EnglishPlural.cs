namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>Regular English plurals for labels without <c>@plural</c>.</summary>
internal static class EnglishPlural
{
    public static string Of(string word)
    {
        if (word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            return word[..^1] + "ies";
        }

        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return word + "es";
        }

        return word + "s";
    }
}
