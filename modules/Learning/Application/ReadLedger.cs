using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Learning.Application;

/// <summary>The signed-in user's own credit-hour ledger, per year, and its Excel export.</summary>
public sealed class ReadLedger(PortalDbContext db, SignedInUser user, TimeProvider clock, IStringLocalizer<LearningResource> text)
{
    public const int MaxEntriesPerYear = 5000;

    public async Task<LedgerDto> MineAsync(int? year, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var shown = year ?? ChinaCalendar.YearOf(clock.GetUtcNow().UtcDateTime);
        var entries = await db.Set<CreditHourEntry>().AsNoTracking().Where(e => e.UserId == userId && e.Year == shown)
            .OrderByDescending(e => e.EarnedTime).Take(MaxEntriesPerYear)
            .Select(e => new LedgerEntryDto(e.Id, e.EarnedTime, e.Title, e.Source, e.SourceId, e.CourseId, e.Hours))
            .ToListAsync(cancellationToken);
        var years = await db.Set<CreditHourEntry>().Where(e => e.UserId == userId).Select(e => e.Year).Distinct().ToListAsync(cancellationToken);
        if (!years.Contains(shown))
        {
            years.Add(shown);
        }
        return new LedgerDto(shown, entries.Sum(e => e.Hours), entries, [.. years.OrderDescending()]);
    }

    public async Task WriteAsync(Stream output, int? year, CancellationToken cancellationToken)
    {
        var ledger = await MineAsync(year, cancellationToken);
        string[] headers = [text["Column.EarnedTime"], text["Column.Title"], text["Column.Source"], text["Column.Hours"]];
        var rows = ledger.Entries.Select(e => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = TimeZoneInfo.ConvertTimeFromUtc(e.EarnedTime, Platform.Ui.LocalTimeTagHelper.ChinaTime),
            [headers[1]] = e.Title,
            [headers[2]] = text[$"Source.{e.Source}"].Value,
            [headers[3]] = e.Hours,
        });
        await Workbooks.WriteAsync(output, rows, headers, cancellationToken);
    }
}
