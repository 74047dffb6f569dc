using SafetyPortal.Articles.CaseWarnings;

namespace SafetyPortal.Articles.Tests.CaseWarnings;

public sealed class CaseWarningBodiesTests
{
    private readonly CaseWarningBodies _bodies = new();

    [Fact]
    public void Scripts_iframes_and_event_attributes_are_stripped()
    {
        var html = _bodies.ToHtml("""
            ## 案情

            <script>alert('x')</script>
            <iframe src="https://evil.example/"></iframe>
            <img src="https://example.com/a.png" onerror="alert(1)">
            <a href="javascript:alert(1)" onclick="steal()">链接</a>
            """);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("链接", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_images_and_emphasis_are_kept()
    {
        var html = _bodies.ToHtml("现场照片：![积尘的除尘管道](https://example.com/dust.jpg)\n\n**每日清扫**");
        Assert.Contains("<img src=\"https://example.com/dust.jpg\" alt=\"积尘的除尘管道\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>每日清扫</strong>", html, StringComparison.Ordinal);
    }
}
