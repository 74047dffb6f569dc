using System.Net;
using System.Text.RegularExpressions;

namespace SafetyPortal.Exams.Domain;

/// <summary>The readable text of stored HTML: tags dropped, entities decoded, whitespace collapsed.</summary>
public static partial class HtmlText
{
    public static string Plain(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>The first <paramref name="length"/> characters of the text, with an ellipsis when cut.</summary>
    public static string Excerpt(string? html, int length)
    {
        var text = Plain(html);
        return text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
