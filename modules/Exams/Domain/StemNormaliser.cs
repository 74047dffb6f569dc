using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SafetyPortal.Exams.Domain;

/// <summary>
/// What makes two stems "the same question": the text without HTML, entities decoded, full-width folded to half-width
/// (NFKC), lower case, without whitespace, punctuation or symbols. "下列哪项<b>正确</b>？" equals "下列哪项正确?".
/// </summary>
public static class StemNormaliser
{
    public static string Normalise(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = HtmlText.Plain(html).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public static string Hash(string html) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(html))));
}
