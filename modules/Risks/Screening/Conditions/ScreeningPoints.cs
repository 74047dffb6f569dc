using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Screening;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Conditions;

/// <summary>What the risk conditions share: the active risk points of the scope, the texts, the grouped count query.</summary>
internal sealed class ScreeningPoints(PortalDbContext db, IStringLocalizer<RisksResource> text, IStringLocalizer<RiskScreeningResource> screening)
{
    public PortalDbContext Db => db;
    public IStringLocalizer Text => text;
    public IStringLocalizer Screening => screening;

    /// <summary>The group the builder lists these conditions under (风险).</summary>
    public string Group => screening["Screening.Group"];

    public IQueryable<RiskPoint> Active(ScreeningScope scope) =>
        scope.Query<RiskPoint>(db).AsNoTracking().Where(p => p.Status == RiskPointStatus.Active);

    public static ScreeningTone ToneOf(RiskLevel level) => level switch
    {
        RiskLevel.Major => ScreeningTone.Red,
        RiskLevel.Significant => ScreeningTone.Orange,
        RiskLevel.General => ScreeningTone.Yellow,
        _ => ScreeningTone.Blue,
    };

    public IReadOnlyList<ScreeningOption> LevelOptions() =>
        [.. Enum.GetValues<RiskLevel>().Select(l => new ScreeningOption(l.ToString(), text[$"RiskLevel.{l}"]))];

    /// <summary>"重大风险 3 处".</summary>
    public string Count(string what, int count) => screening["Screening.Count", what, count];

    public string Join(IEnumerable<string> parts) => string.Join(screening["Screening.ListSeparator"], parts);

    /// <summary>
    /// One grouped query: per enterprise, the points counted by the value of an enum property; the reason lists
    /// each value with its count ("重大风险 1 处、较大风险 2 处"), most severe (lowest) value first.
    /// </summary>
    public async Task<Dictionary<Guid, ScreeningReason>> CountByAsync<TEnum>(IQueryable<RiskPoint> points, string property,
        Func<TEnum, ScreeningTone> tone, CancellationToken cancellationToken) where TEnum : struct, Enum
    {
        var rows = await points.GroupBy(p => new { p.EnterpriseId, Value = EF.Property<TEnum>(p, property) })
            .Select(g => new { g.Key.EnterpriseId, g.Key.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var prefix = typeof(TEnum) == typeof(VerificationStatus) ? "Verification" : typeof(TEnum).Name;
        return rows.GroupBy(r => r.EnterpriseId).ToDictionary(g => g.Key, g =>
        {
            var ordered = g.OrderBy(r => r.Value).ToList();
            return new ScreeningReason(Join(ordered.Select(r => Count(text[$"{prefix}.{r.Value}"], r.Count))), tone(ordered[0].Value));
        });
    }
}
