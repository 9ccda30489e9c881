using System.Globalization;
using System.Text;

namespace CoopGraph.GraphQL.Mutations;

/// <summary>
/// The key of a readable id made from a display value, as the seed's ids are: accents and đ folded, lower-case words
/// joined by hyphens ("Quảng Nam" → quang-nam).
/// </summary>
internal static class IdSlug
{
    public static string From(string text)
    {
        var folded = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        var hyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (hyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else
            {
                hyphen = true;
            }
        }

        return slug.ToString();
    }
}
