using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Export;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.MustRead;

/// <summary>An assignment's people as an .xlsx workbook, headers and values in the user's language.</summary>
public sealed class MustReadExport(IStringLocalizer<ArticlesResource> text)
{
    public Task WriteAsync(Stream output, IReadOnlyList<MustReadPersonDto> rows, CancellationToken cancellationToken = default)
    {
        string[] headers = [text["MustRead.Column.Name"], text["MustRead.Column.Enterprise"], text["MustRead.Column.Unit"],
            text["MustRead.Column.Status"], text["MustRead.Column.ReadAt"]];
        var sheet = rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = r.Name,
            [headers[1]] = r.EnterpriseName,
            [headers[2]] = r.UnitName,
            [headers[3]] = text[r.ReadToEndAt is null ? "MustRead.Unread" : "MustRead.Read"].Value,
            [headers[4]] = r.ReadToEndAt is { } at
                ? LocalTimeTagHelper.FormatChinaTime(at, "yyyy-MM-dd HH:mm")
                : null,
        });
        return Workbooks.WriteAsync(output, sheet, headers, cancellationToken);
    }
}
