using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>The enterprise ranking of a period as .xlsx (MiniExcel), headers in the reader's language, reasons in one column.</summary>
public sealed class RankingExport(ComputeRanking ranking, IStringLocalizer<ArticlesResource> text)
{
    private static readonly string[] Columns =
        ["Rank", "Name", "Score", "Coverage", "HoursPerHead", "PassRate", "FirstAttemptPassRate", "TimelyCompletion", "Staff", "InList", "Reasons"];

    public async Task WriteAsync(Stream output, CommendationPeriod period, CancellationToken cancellationToken = default)
    {
        var rows = RankingRows.Enterprises(await ranking.RankAsync(period, cancellationToken));
        var headers = Columns.Select(c => text["Commendations.Column." + c].Value).ToList();
        await Workbooks.WriteAsync(output, rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = r.Rank, [headers[1]] = r.Name, [headers[2]] = r.Score, [headers[3]] = r.Coverage, [headers[4]] = r.HoursPerHead,
            [headers[5]] = r.PassRate, [headers[6]] = r.FirstAttemptPassRate, [headers[7]] = r.TimelyCompletion, [headers[8]] = r.Staff,
            [headers[9]] = r.InList ? text["Commendations.Yes"].Value : "", [headers[10]] = string.Join("; ", r.Reasons.Select(x => x.Reason)),
        }), headers, cancellationToken);
    }
}
