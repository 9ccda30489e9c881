namespace CoopGraph.Planning;

/// <summary>
/// How well folded text matches a folded search term: 4 exact, 3 prefix, 2 word prefix,
/// 1 substring, 0 no match. Shared by the stores so search ranks the same on both.
/// </summary>
public static class SearchMatch
{
    public static double Score(string value, string term)
    {
        if (value.Length == 0 || term.Length == 0)
        {
            return 0;
        }

        if (value == term)
        {
            return 4;
        }

        if (value.StartsWith(term, StringComparison.Ordinal))
        {
            return 3;
        }

        var index = value.IndexOf(term, StringComparison.Ordinal);
        if (index < 0)
        {
            return 0;
        }

        for (; index > 0; index = value.IndexOf(term, index + 1, StringComparison.Ordinal))
        {
            if (!char.IsLetterOrDigit(value[index - 1]))
            {
                return 2;
            }
        }

        return 1;
    }
}
