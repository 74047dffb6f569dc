using Ganss.Xss;
using Markdig;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Rich-text lesson bodies: Markdown is turned into HTML, then every body goes through HtmlSanitizer's allow-list
/// (no scripts, event handlers, styles that load anything, or javascript: links) before it is stored, so pages can
/// show it as it is.
/// </summary>
public sealed class LessonBodies
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public LessonBodies()
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

    public string Clean(string body, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = markdown ? Markdown.ToHtml(body, Pipeline) : body;
        return _sanitizer.Sanitize(html).Trim();
    }
}
