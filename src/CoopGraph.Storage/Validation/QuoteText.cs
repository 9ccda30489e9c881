using System.Text;

namespace CoopGraph.Storage.Validation;

/// <summary>
/// How a quote is found in its source's text: both are compared after folding typographic quotes and dashes to their
/// plain forms and every run of white space to one space, so a quote copied from a rendered page still matches the
/// article it came from. Case and every other character must match: a quote is the source's own words.
/// </summary>
public static class QuoteText
{
    // A Source's text is one string held by the store while it is unchanged: every batch citing it reuses its folded form.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string> Folded = new();

    /// <summary>The normalised form of a text the caller keeps (a Source's stored text), worked out once per string instance.</summary>
    public static string NormaliseKept(string text) => Folded.GetValue(text, Normalise);

    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (c == '\u2026')
            {
                builder.Append("...");
            }
            else
            {
                builder.Append(Fold(c));
            }
        }

        return builder.ToString();
    }

    public static bool Occurs(string quote, string normalisedText) =>
        normalisedText.Contains(Normalise(quote), StringComparison.Ordinal);

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
