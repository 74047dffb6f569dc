using SafetyPortal.Platform.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Learning.Compliance;

/// <summary>
/// Compliance with the training rules for a year: the person's <see cref="LearnerProfile"/>, their ledger entries and
/// the town's regulatory hours put through <see cref="ComplianceCalculator"/>. Staff not on an enterprise roster (no
/// profile yet) have nothing required.
/// </summary>
public sealed class ReadCompliance(PortalDbContext db, PlanAccess access, ISettingProvider settings, TimeProvider clock,
    IStringLocalizer<LearningResource> text)
{
    public async Task<ComplianceDto> ForUserAsync(Guid userId, int? year, bool own, CancellationToken cancellationToken = default)
    {
        var profile = await db.Set<LearnerProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (!own)
        {
            await CheckMayReadAsync(profile, userId, cancellationToken);
        }
        var today = ChinaDay.Of(clock.GetUtcNow().UtcDateTime);
        var theYear = year is > 2000 and < 2200 ? year.Value : today.Year;
        var entries = await db.Set<CreditHourEntry>().AsNoTracking().Where(e => e.UserId == userId && e.Year == theYear)
            .Select(e => new { e.EarnedTime, e.Hours }).ToListAsync(cancellationToken);
        var ledger = entries.Select(e => new LedgerHours(ChinaDay.Of(e.EarnedTime), e.Hours)).ToList();
        if (profile is null)
        {
            var none = new ComplianceResult(theYear, PersonCategory.Frontline, false, TrainingRequirementKind.None, 0, ledger.Sum(l => l.Hours),
                null, 0, 0, ThreeLevelTraining.None, ThreeLevelTraining.None, ComplianceStatus.NotRequired);
            return new ComplianceDto(userId, none, null, null, null, null, ThreeLevelTraining.None, null, null);
        }
        var hours = await ComplianceSettings.ReadAsync(settings, cancellationToken);
        var result = ComplianceCalculator.Evaluate(InputOf(profile, ledger), theYear, today, hours);
        return new ComplianceDto(userId, result, profile.StartedOn, profile.PostChangedOn, profile.AbsentFrom, profile.ReturnedOn,
            profile.ThreeLevelDone, profile.IndustryCode, profile.ConcurrencyStamp);
    }

    public async Task<ComplianceDto> SaveProfileAsync(Guid userId, SaveLearnerProfileRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var profile = await db.Set<LearnerProfile>().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        await CheckMayReadAsync(profile, userId, cancellationToken);
        var errors = new ValidationErrors();
        if (request.ReturnedOn is { } back && (request.AbsentFrom is not { } from || back < from))
        {
            errors.Add("returnedOn", text["Learners.ReturnBeforeAbsence"]);
        }
        if ((request.ThreeLevelDone & ~ThreeLevelTraining.All) != 0)
        {
            errors.Add("threeLevelDone", text["Learners.ThreeLevelInvalid"]);
        }
        errors.ThrowIfAny();
        db.Entry(profile!).Property(p => p.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        (profile!.AbsentFrom, profile.ReturnedOn, profile.ThreeLevelDone) = (request.AbsentFrom, request.ReturnedOn, request.ThreeLevelDone);
        await db.SaveChangesAsync(cancellationToken);
        return await ForUserAsync(userId, null, own: false, cancellationToken);
    }

    public static ComplianceInput InputOf(LearnerProfile profile, IReadOnlyList<LedgerHours> ledger)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var primary = TrainingAudienceRules.PrimaryOf(profile.Audience);
        var category = primary == TrainingAudience.Principal ? PersonCategory.Principal
            : primary == TrainingAudience.SafetyManager ? PersonCategory.SafetyManager : PersonCategory.Frontline;
        return new ComplianceInput(category, profile.IndustryCode, profile.StartedOn, profile.PostChangedOn, profile.AbsentFrom,
            profile.ReturnedOn, profile.ThreeLevelDone, ledger);
    }

    /// <summary>Another person's record: someone of the current town (404 otherwise), and for enterprise staff of their own enterprises (403).</summary>
    private async Task CheckMayReadAsync(LearnerProfile? profile, Guid userId, CancellationToken cancellationToken)
    {
        if (profile is null)
        {
            throw new Platform.Domain.EntityNotFoundException(typeof(LearnerProfile), userId);
        }
        if (await access.VisibleEnterprisesAsync(cancellationToken) is { } visible && !visible.Contains(profile.EnterpriseId))
        {
            throw new ForbiddenException(text["Tracking.NotYourEnterprise"]);
        }
    }
}
