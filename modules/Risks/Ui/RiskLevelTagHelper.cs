using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Ui;

/// <summary>
/// &lt;risk-level level="Major" /&gt;: the one way a risk level is shown, a Bootstrap badge in the national colours
/// (重大 red, 较大 orange, 一般 yellow, 低 blue).
/// </summary>
[HtmlTargetElement("risk-level", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RiskLevelTagHelper(IStringLocalizer<RisksResource> text) : TagHelper
{
    public RiskLevel Level { get; set; }

    public static string CssClass(RiskLevel level) => level switch
    {
        RiskLevel.Major => "risk-major text-bg-danger",
        RiskLevel.Significant => "risk-significant",
        RiskLevel.General => "risk-general text-bg-warning",
        _ => "risk-low text-bg-primary",
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "badge " + CssClass(Level));
        output.Attributes.SetAttribute("data-level", Level.ToString());
        // Bootstrap has no orange badge; the inline colour keeps the national scheme without a stylesheet of our own.
        if (Level == RiskLevel.Significant)
        {
            output.Attributes.SetAttribute("style", "background-color:#fd7e14;color:#fff");
        }
        output.Content.SetContent(text[$"RiskLevel.{Level}"]);
    }
}
