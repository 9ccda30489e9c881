using System.Globalization;
using System.Text;

namespace CoopGraph.Graph.Schema.Values;

/// <summary>
/// Folds text for the case- and accent-insensitive operators and for search:
/// lower-case, diacritics removed ("Quảng Nam" → "quang nam", "Hokkaidō" → "hokkaido"),
/// and the letters that decomposition does not split mapped by hand (đ → d).
/// Every store folds with this one function, so their answers agree.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        if (IsAlreadyFolded(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                'ø' or 'Ø' => 'o',
                'ł' or 'Ł' => 'l',
                'ß' => 's',
                'æ' or 'Æ' => 'a',
                'œ' or 'Œ' => 'o',
                'ı' => 'i',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAlreadyFolded(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7f || char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
