using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Screening;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Conditions;

/// <summary>
/// 风险数量: the number of active risk points at the picked levels lies in a range, e.g. "重大风险 ≥ 3" or
/// "较大风险 0–2". A range that includes 0 also matches enterprises with no such points.
/// </summary>
internal sealed class RiskLevelCountCondition(ScreeningPoints points) : IScreeningCondition
{
    public const string Levels = "levels";
    public const string Count = "count";

    public string Key => "risks.level-count";

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, points.Screening[Key], points.Group,
        [
            ScreeningParameterDefinition.OptionsOf(Levels, points.Screening["Screening.Levels"], points.LevelOptions()),
            ScreeningParameterDefinition.Range(Count, points.Screening["Screening.Count.Label"], points.Screening["Screening.Count.Hint"]),
        ]));

    public Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var levels = parameters.Options<RiskLevel>(Levels);
        var range = parameters.Range(Count)!;
        var counts = points.Active(scope).Where(p => levels.Contains(p.Level))
            .GroupBy(p => p.EnterpriseId).Select(g => new { EnterpriseId = g.Key, Count = g.Count() });
        if (!range.IncludesZero)
        {
            // The bounds go to the database (HAVING): only the matches come back.
            var min = range.Min ?? 0;
            var max = range.Max ?? int.MaxValue;
            counts = counts.Where(c => c.Count >= min && c.Count <= max);
        }
        var rows = await counts.ToListAsync(cancellationToken);
        var what = points.Join(levels.Order().Select(l => points.Text[$"RiskLevel.{l}"].Value));
        var tone = ScreeningPoints.ToneOf(levels.Min());
        var matched = rows.Where(r => range.Contains(r.Count))
            .ToDictionary(r => r.EnterpriseId, r => new ScreeningReason(points.Count(what, r.Count), tone));
        return range.IncludesZero
            ? ScreeningMatches.AllBut(matched, rows.Where(r => !range.Contains(r.Count)).Select(r => r.EnterpriseId),
                new ScreeningReason(points.Count(what, 0)))
            : ScreeningMatches.Only(matched);
    }
}
