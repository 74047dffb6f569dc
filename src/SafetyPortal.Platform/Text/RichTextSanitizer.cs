using Ganss.Xss;

namespace SafetyPortal.Platform.Text;

/// <summary>
/// The allow-list every stored rich text goes through (lesson bodies, question stems and options): no scripts, event
/// handlers, forms, inline styles or javascript: links; http(s) and mailto links and images stay. Pages can then show
/// the stored HTML as it is. Thread-safe: one instance serves the application.
/// </summary>
public sealed class RichTextSanitizer
{
    private readonly HtmlSanitizer _sanitizer = new();

    public RichTextSanitizer()
    {
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.Add("https");
        _sanitizer.AllowedSchemes.Add("http");
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.AllowedTags.Remove("select");
        _sanitizer.AllowedTags.Remove("option");
        _sanitizer.AllowedAttributes.Remove("style");
    }

    /// <summary>The allowed part of <paramref name="html"/>, trimmed.</summary>
    public string Clean(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return _sanitizer.Sanitize(html).Trim();
    }
}
