using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SafetyPortal.Platform.Ui;

/// <summary>&lt;local-time value="@utc" /&gt;: a stored UTC time shown in Asia/Shanghai, with the UTC instant in datetime.</summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    public static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>A stored UTC time as China time in this .NET format, for text outside a page (exports, notices, PDFs).</summary>
    public static string FormatChinaTime(DateTime utc, string format) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime).ToString(format, CultureInfo.InvariantCulture);

    public DateTime? Value { get; set; }

    /// <summary>.NET format string; default "yyyy-MM-dd HH:mm".</summary>
    public string Format { get; set; } = "yyyy-MM-dd HH:mm";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Value is not { } value)
        {
            output.SuppressOutput();
            return;
        }
        var utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        output.Attributes.SetAttribute("datetime", utc.ToString("O", CultureInfo.InvariantCulture));
        output.Content.SetContent(FormatChinaTime(utc, Format));
    }
}
