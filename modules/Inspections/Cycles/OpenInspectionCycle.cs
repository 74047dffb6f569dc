using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Risks;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// Opens the current town's cycle of a tier for the period holding a day: one task per enterprise in scope (every enterprise
/// for self-checks and patrols, key enterprises for inspections), each with its checklist and its own process instance,
/// saved together, and assigned by the <see cref="InspectionRota"/> (patrols to the officer of the enterprise's grid). It resumes: enterprises that have their task are skipped, so a second run after an interruption (or a
/// second node) finishes the cycle instead of doubling it. Opening a cycle closes the tier's earlier ones.
/// </summary>
public sealed class OpenInspectionCycle(
    PortalDbContext db,
    ICurrentTenant tenant,
    IEnterpriseDirectory directory,
    IRiskPointChecklists riskPoints,
    IWorkflowRuntime workflows,
    ISettingProvider settings,
    ChecklistBuilder checklists,
    CloseInspectionCycles closing,
    TimeProvider clock)
{
    /// <summary>Enterprises whose risk points are read in one go.</summary>
    private const int Chunk = 250;

    /// <summary>Opens (or finishes opening) the cycle; null when the town has the tier turned off.</summary>
    public async Task<OpenCycleResult?> OpenAsync(InspectionTier tier, DateOnly day, CancellationToken cancellationToken)
    {
        if (tenant.Id is not { } townId)
        {
            throw new InvalidOperationException("Inspection cycles are opened inside a town.");
        }
        var months = await CyclePeriods.MonthsAsync(settings, tier, cancellationToken);
        if (months == 0)
        {
            return null;
        }
        var period = CyclePeriod.Containing(day, months);
        var cycle = await FindOrAddAsync(townId, tier, period, cancellationToken);
        await closing.CloseBeforeAsync(tier, period.Start, cancellationToken);
        var opened = await OpenTasksAsync(cycle, period, months, cancellationToken);
        var count = await db.Set<InspectionTask>().CountAsync(t => t.CycleId == cycle.Id, cancellationToken);
        await db.Set<InspectionCycle>().Where(c => c.Id == cycle.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TaskCount, count), cancellationToken);
        return new OpenCycleResult(cycle.Id, tier, period.Start, period.End, opened, count);
    }

    private async Task<int> OpenTasksAsync(InspectionCycle cycle, CyclePeriod period, int months, CancellationToken cancellationToken)
    {
        var enterprises = (await directory.GetAllIdsAsync(cancellationToken)).Order().ToList();
        var done = (await db.Set<InspectionTask>().Where(t => t.CycleId == cycle.Id).Select(t => t.EnterpriseId).ToListAsync(cancellationToken)).ToHashSet();
        var rota = await InspectionRota.ForAsync(db, cycle.Tier, period, months, cancellationToken);
        var key = cycle.Tier == InspectionTier.Inspection ? await KeyEnterpriseRule.ReadAsync(settings, cancellationToken) : null;
        var opened = 0;
        var todo = enterprises.Select((id, position) => (Id: id, Position: position)).Where(e => !done.Contains(e.Id));
        foreach (var chunk in todo.Chunk(Chunk))
        {
            var ids = chunk.Select(e => e.Id).ToList();
            var points = await riskPoints.GetAsync(ids, cancellationToken);
            var summaries = key is null && !rota.FollowsGrids ? null : await directory.GetAsync(ids, cancellationToken);
            foreach (var (enterpriseId, position) in chunk)
            {
                var checklist = points.GetValueOrDefault(enterpriseId) ?? [];
                var summary = summaries?.GetValueOrDefault(enterpriseId);
                if (key is not null && !key.IsKey(summary, checklist))
                {
                    continue;
                }
                await OpenTaskAsync(cycle, enterpriseId, rota.AssigneeOf(position, summary), checklist, cancellationToken);
                opened++;
            }
        }
        return opened;
    }

    /// <summary>The task, its items and its process instance go in one save (the start's): all of them or none.</summary>
    private async Task OpenTaskAsync(InspectionCycle cycle, Guid enterpriseId, Guid? assignee, IReadOnlyList<RiskPointChecklist> points,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var task = new InspectionTask
        {
            Id = Guid.CreateVersion7(), TenantId = cycle.TenantId, CycleId = cycle.Id, Tier = cycle.Tier, EnterpriseId = enterpriseId,
            AssigneeId = assignee, DueTime = cycle.DueTime,
        };
        task.Items = checklists.Build(task, points);
        task.ItemCount = task.Items.Count;
        db.Add(task);
        await workflows.StartAsync(InspectionProcess.ProcessKey, task.Id.ToString(), new JsonObject
        {
            [InspectionProcess.TaskId] = task.Id.ToString(),
            [InspectionProcess.EnterpriseId] = enterpriseId.ToString(),
            [InspectionProcess.Tier] = cycle.Tier.ToString(),
            [InspectionProcess.DueTime] = cycle.DueTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken);
    }

    private async Task<InspectionCycle> FindOrAddAsync(Guid townId, InspectionTier tier, CyclePeriod period, CancellationToken cancellationToken)
    {
        var cycles = db.Set<InspectionCycle>().AsNoTracking();
        if (await cycles.FirstOrDefaultAsync(c => c.Tier == tier && c.PeriodStart == period.Start, cancellationToken) is { } found)
        {
            return found;
        }
        var cycle = new InspectionCycle
        {
            Id = Guid.CreateVersion7(), TenantId = townId, Tier = tier, PeriodStart = period.Start, PeriodEnd = period.End,
            DueTime = period.DueTimeUtc, CreationTime = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(cycle);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return cycle;
        }
        catch (DbUpdateException)
        {
            // Another node opened it a moment ago.
            db.ChangeTracker.Clear();
            return await cycles.FirstAsync(c => c.Tier == tier && c.PeriodStart == period.Start, cancellationToken);
        }
    }
}
