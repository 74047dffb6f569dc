using Markdig;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>
/// Article bodies are written in Markdown (images by link). Authors often paste HTML from elsewhere, so Markdig keeps it
/// and the kernel's <see cref="RichTextSanitizer"/> then removes scripts, iframes and event attributes from the result:
/// the reading page shows the stored HTML as it is.
/// </summary>
public sealed class CaseWarningBodies
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly RichTextSanitizer _sanitizer = new();

    public string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return _sanitizer.Clean(Markdown.ToHtml(markdown, Pipeline));
    }
}
