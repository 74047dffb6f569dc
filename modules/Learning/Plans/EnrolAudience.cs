using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Tracking;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// Enrols a plan's audience in the current town: the staff who match (enterprise, conditions, unit subtree, groups)
/// get an enrolment; enrolments follow moves (enterprise, unit, groups); people who no longer match lose their
/// enrolment unless they have progress (then it is only made inactive). Idempotent: a second run changes nothing.
/// </summary>
public sealed class EnrolAudience(PortalDbContext db, ICurrentTenant currentTenant, PlanAccess access, PlanConditions conditions,
    TownStaff townStaff, ProgressRefresh progress, TrainingCoverage coverage, IBackgroundJobManager jobs, ITenantStore towns, TimeProvider clock)
{
    private IReadOnlyList<StaffPerson>? _staff;

    /// <summary>After publishing: a town's or enterprise's plan now; the bureau's through the job in every town.</summary>
    public async Task<EnrolmentResult> EnrolAfterPublishingAsync(TrainingPlan plan, CancellationToken cancellationToken = default) =>
        currentTenant.Id is null ? await EnqueueEveryTownAsync(plan, cancellationToken) : await EnrolPlanAsync(plan, cancellationToken);

    public async Task<EnrolmentResult> EnqueueEveryTownAsync(TrainingPlan plan, CancellationToken cancellationToken = default)
    {
        var active = await towns.GetActiveAsync(cancellationToken);
        foreach (var town in active)
        {
            await jobs.EnqueueAsync<EnrolmentJob>(town.Id, new Dictionary<string, string> { [EnrolmentJob.PlanIdKey] = plan.Id.ToString() }, cancellationToken: cancellationToken);
        }
        return new EnrolmentResult(0, 0, 0, 0, active.Count);
    }

    /// <summary>Every published plan of the town whose period has not ended (the recurring job's run in one town).</summary>
    public async Task<EnrolmentResult> EnrolTownAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var plans = await access.TownPlans().Include(p => p.Courses)
            .Where(p => p.Status == TrainingPlanStatus.Published && p.PeriodEnd > now).ToListAsync(cancellationToken);
        var total = new EnrolmentResult(0, 0, 0, 0);
        foreach (var plan in plans)
        {
            var result = await EnrolPlanAsync(plan, cancellationToken);
            total = new(total.Enrolled + result.Enrolled, total.Updated + result.Updated, total.Removed + result.Removed, total.Deactivated + result.Deactivated);
        }
        await coverage.RebuildMissingAsync(cancellationToken);
        return total;
    }

    public async Task<EnrolmentResult> EnrolPlanAsync(TrainingPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (currentTenant.Id is null)
        {
            throw new InvalidOperationException("Enrolments are made inside a town.");
        }
        if (_staff is null)
        {
            _staff = await townStaff.LoadAsync(cancellationToken);
            await townStaff.SyncProfilesAsync(_staff, cancellationToken);
        }
        var audience = await AudienceAsync(plan, _staff, cancellationToken);
        var existing = await db.Set<Enrolment>().Where(e => e.PlanId == plan.Id).ToDictionaryAsync(e => e.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        int enrolled = 0, updated = 0, removed = 0, deactivated = 0;
        foreach (var person in audience)
        {
            if (!existing.Remove(person.UserId, out var enrolment))
            {
                db.Add(new Enrolment
                {
                    PlanId = plan.Id, UserId = person.UserId, EnterpriseId = person.EnterpriseId, UnitId = person.UnitId,
                    Audience = person.Audience, PrimaryAudience = TrainingAudienceRules.PrimaryOf(person.Audience),
                    EnrolledTime = now, Deadline = plan.Deadline, RequiredHours = plan.RequiredHours,
                });
                enrolled++;
            }
            else if (Follow(enrolment, person, plan))
            {
                updated++;
            }
        }
        foreach (var gone in existing.Values.Where(e => e.IsActive))
        {
            if (gone.HasProgress)
            {
                gone.IsActive = false;
                deactivated++;
            }
            else
            {
                db.Remove(gone);
                removed++;
            }
        }
        if (plan.TenantId == currentTenant.Id)
        {
            plan.LastEnrolmentTime = now;
        }
        // The enrolments, their hours and the coverage summary commit together.
        var moved = enrolled + updated + removed + deactivated > 0;
        await coverage.InTransactionAsync(async ct =>
        {
            await db.SaveChangesAsync(ct);
            await progress.RefreshAsync(plan, cancellationToken: ct);
            if (moved)
            {
                await coverage.RebuildPeopleAsync(ct);
            }
        }, cancellationToken);
        return new EnrolmentResult(enrolled, updated, removed, deactivated);
    }

    private async Task<List<StaffPerson>> AudienceAsync(TrainingPlan plan, IReadOnlyList<StaffPerson> staff, CancellationToken cancellationToken)
    {
        var target = new TrainingAudienceTarget(plan.EnterpriseId, plan.OrganizationUnitCode, plan.Audience);
        var candidates = staff.Where(p => AudienceReach.Includes(target, p)).ToList();
        var enterprises = await conditions.MatchingEnterprisesAsync(plan.ConditionsJson, [.. candidates.Select(p => p.EnterpriseId).Distinct()], cancellationToken);
        return enterprises is null ? candidates : [.. candidates.Where(p => enterprises.Contains(p.EnterpriseId))];
    }

    private static bool Follow(Enrolment enrolment, StaffPerson person, TrainingPlan plan)
    {
        var primary = TrainingAudienceRules.PrimaryOf(person.Audience);
        if (enrolment.IsActive && enrolment.EnterpriseId == person.EnterpriseId && enrolment.UnitId == person.UnitId && enrolment.Audience == person.Audience
            && enrolment.Deadline == plan.Deadline && enrolment.RequiredHours == plan.RequiredHours)
        {
            return false;
        }
        (enrolment.IsActive, enrolment.EnterpriseId, enrolment.UnitId, enrolment.Audience, enrolment.PrimaryAudience) = (true, person.EnterpriseId, person.UnitId, person.Audience, primary);
        (enrolment.Deadline, enrolment.RequiredHours) = (plan.Deadline, plan.RequiredHours);
        return true;
    }
}
