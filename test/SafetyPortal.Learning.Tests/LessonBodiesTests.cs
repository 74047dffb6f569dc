using SafetyPortal.Learning.Application;

namespace SafetyPortal.Learning.Tests;

public sealed class LessonBodiesTests
{
    private readonly LessonBodies _bodies = new();

    [Fact]
    public void Scripts_event_handlers_and_javascript_links_are_removed()
    {
        var clean = _bodies.Clean("<p onclick=\"steal()\">安全</p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>", markdown: false);
        Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", clean, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>安全</p>", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_becomes_html_and_raw_html_inside_it_is_not_kept()
    {
        var clean = _bodies.Clean("## 要点\n\n- **佩戴**防护用品\n\n<script>alert(1)</script>", markdown: true);
        Assert.Contains("<h2", clean, StringComparison.Ordinal);
        Assert.Contains("<strong>佩戴</strong>", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", clean, StringComparison.OrdinalIgnoreCase);
    }
}
