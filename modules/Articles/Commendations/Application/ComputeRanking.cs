using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Commendations.Ranking;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Exams;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// The ranking of the current town for a period, computed from Learning's and Exams' figures (kernel contracts, grouped
/// queries) with the town's weights and thresholds; every registered <see cref="ICommendationExclusionRule"/> runs over
/// the town's enterprises and its reasons, with those of the thresholds, are shown beside each candidate.
/// </summary>
public sealed class ComputeRanking(PortalDbContext db, ITrainingStatistics training, IExamStatistics exams, IEnterpriseDirectory directory,
    IEnumerable<ICommendationExclusionRule> rules, ISettingProvider settings, CommendationScope scope, IStringLocalizer<ArticlesResource> text)
{
    public async Task<RankingResult> RankAsync(CommendationPeriod period, CancellationToken cancellationToken = default)
    {
        Validate(period);
        await scope.RequireTownStaffAsync(cancellationToken);
        var (enterpriseRules, individualRules) = await CommendationSettings.ReadAsync(settings, cancellationToken);
        var trainingFigures = await training.ForEnterprisesAsync(period.StartUtc, period.EndUtc, cancellationToken);
        var examFigures = (await exams.ForEnterprisesAsync(period.StartUtc, period.EndUtc, cancellationToken)).ToDictionary(e => e.EnterpriseId);
        var names = (await directory.GetAsync([.. trainingFigures.Select(t => t.EnterpriseId)], cancellationToken)).ToDictionary(e => e.Key, e => e.Value.Name);
        var indicators = trainingFigures.Where(t => names.ContainsKey(t.EnterpriseId)).Select(t =>
        {
            var e = examFigures.GetValueOrDefault(t.EnterpriseId);
            return new EnterpriseIndicators(t.EnterpriseId, names[t.EnterpriseId], t.Staff, t.StaffTrained, t.Hours, t.EnrolmentsDue, t.CompletedOnTime,
                e?.Candidates ?? 0, e?.Passed ?? 0, e?.PassedFirstAttempt ?? 0);
        }).ToList();

        var exclusions = new List<CommendationExclusion>();
        foreach (var rule in rules)
        {
            exclusions.AddRange(await rule.EvaluateAsync(period, [.. names.Keys], cancellationToken));
        }
        var enterprises = EnterpriseRanking.Rank(indicators, enterpriseRules, exclusions.Select(e => e.EnterpriseId).ToHashSet());
        var people = IndividualRanking.Rank(await PeopleAsync(period, names, cancellationToken), individualRules);
        var reasons = exclusions.Select(e => (e.EnterpriseId, new ExclusionReasonDto(e.RuleCode, e.Reason)))
            .Concat(enterprises.SelectMany(e => ThresholdReasons(e.Misses, e.Indicators, enterpriseRules).Select(r => (e.Indicators.EnterpriseId, r))))
            .Concat(people.Where(p => p.Misses != ThresholdMiss.None).Select(p => (p.Indicators.UserId, new ExclusionReasonDto("Threshold.Hours",
                text["Commendations.Threshold.Hours", p.Indicators.Hours, individualRules.MinHours]))))
            .ToLookup(r => r.Item1, r => r.Item2);
        return new RankingResult(period, enterpriseRules, individualRules, enterprises, people, names, reasons);
    }

    private async Task<List<PersonIndicators>> PeopleAsync(CommendationPeriod period, Dictionary<Guid, string> enterprises,
        CancellationToken cancellationToken)
    {
        var hours = await training.HoursPerPersonAsync(period.StartUtc, period.EndUtc, cancellationToken);
        var scores = (await exams.BestScoresAsync(period.StartUtc, period.EndUtc, cancellationToken)).ToDictionary(s => s.UserId, s => s.BestPercent);
        var userIds = hours.Select(h => h.UserId).ToList();
        var names = await db.Set<PortalUser>().AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. hours.Where(h => enterprises.ContainsKey(h.EnterpriseId) && names.ContainsKey(h.UserId))
            .Select(h => new PersonIndicators(h.UserId, names[h.UserId], h.EnterpriseId, h.Hours, scores.GetValueOrDefault(h.UserId)))];
    }

    private IEnumerable<ExclusionReasonDto> ThresholdReasons(ThresholdMiss misses, EnterpriseIndicators e, EnterpriseRankingRules rules)
    {
        if (misses.HasFlag(ThresholdMiss.Staff))
        {
            yield return new("Threshold.Staff", text["Commendations.Threshold.Staff", e.Staff, rules.MinStaff]);
        }
        if (misses.HasFlag(ThresholdMiss.Coverage))
        {
            yield return new("Threshold.Coverage", text["Commendations.Threshold.Coverage", e.Coverage, rules.MinCoverage]);
        }
        if (misses.HasFlag(ThresholdMiss.PassRate))
        {
            yield return new("Threshold.PassRate", text["Commendations.Threshold.PassRate", e.PassRate, rules.MinPassRate]);
        }
    }

    private void Validate(CommendationPeriod period)
    {
        var errors = new ValidationErrors();
        if (period.Year is < 2000 or >= 2200)
        {
            errors.Add("year", text["Commendations.YearInvalid"]);
        }
        if (period.Kind == CommendationPeriodKind.Quarter && period.Quarter is not (>= 1 and <= 4))
        {
            errors.Add("quarter", text["Commendations.QuarterInvalid"]);
        }
        if (!Enum.IsDefined(period.Kind))
        {
            errors.Add("kind", text["Commendations.KindInvalid"]);
        }
        errors.ThrowIfAny();
    }
}
