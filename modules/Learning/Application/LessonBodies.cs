using Markdig;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Rich-text lesson bodies: Markdown is turned into HTML, then every body goes through the kernel's
/// <see cref="RichTextSanitizer"/> allow-list before it is stored, so pages can show it as it is.
/// </summary>
public sealed class LessonBodies
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly RichTextSanitizer _sanitizer = new();

    public string Clean(string body, bool markdown)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = markdown ? Markdown.ToHtml(body, Pipeline) : body;
        return _sanitizer.Clean(html);
    }
}
