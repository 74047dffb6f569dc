using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;

namespace SafetyPortal.Workflows.Application;

/// <summary>Instance lists, an instance's detail with journal and incidents, and counts per process and step.</summary>
public sealed class MonitorInstances(PortalDbContext db, VisibleDefinitions definitions, TimeProvider clock)
{
    public async Task<PagedResult<InstanceSummaryDto>> ListAsync(PageRequest page, InstanceFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<WorkflowInstance>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.ProcessKey))
        {
            query = query.Where(i => i.ProcessKey == filter.ProcessKey);
        }
        if (Enum.TryParse<InstanceStatus>(filter.Status, ignoreCase: true, out var status))
        {
            query = query.Where(i => i.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.BusinessKey))
        {
            query = query.Where(i => i.BusinessKey == filter.BusinessKey);
        }
        if (filter.HasIncident is { } hasIncident)
        {
            query = query.Where(i => i.HasIncident == hasIncident);
        }
        if (!string.IsNullOrWhiteSpace(filter.ElementId))
        {
            var token = "|" + filter.ElementId + "|";
            query = query.Where(i => i.ActiveElementIds.Contains(token));
        }
        if (page.SearchText is { } search)
        {
            query = query.Where(i => i.BusinessKey!.Contains(search) || i.ProcessKey.Contains(search));
        }
        var result = await query.OrderByDescending(i => i.StartTime).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<InstanceSummaryDto>(result.Items.Select(i => i.ToSummary()).ToList(), result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<InstanceDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(WorkflowInstance), id);
        var definition = await definitions.GetAsync(instance.DefinitionId, cancellationToken);
        var journal = await db.Set<JournalEntry>().AsNoTracking().Where(e => e.InstanceId == id)
            .OrderBy(e => e.Time).ThenBy(e => e.Sequence).ToListAsync(cancellationToken);
        var incidents = await db.Set<Incident>().AsNoTracking().Where(i => i.InstanceId == id).OrderBy(i => i.CreationTime).ToListAsync(cancellationToken);
        var tasks = await db.Set<HumanTask>().AsNoTracking().Where(t => t.InstanceId == id && t.Status == HumanTaskStatus.Open).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var completed = journal.Where(e => e.Kind is JournalKinds.Completed or JournalKinds.Taken or JournalKinds.TimerFired
                or JournalKinds.MessageReceived or JournalKinds.ErrorCaught || e.Kind == JournalKinds.Entered && e.ElementId is not null)
            .Select(e => e.ElementId!).Where(e => e is not null).Distinct().ToList();
        return new InstanceDetailDto(instance.ToSummary(), definition.Name, completed,
            JsonNode.Parse(instance.VariablesJson)?.AsObject() ?? [],
            journal.Select(e => e.ToDto()).ToList(), incidents.Select(i => i.ToDto()).ToList(),
            tasks.Select(t => t.ToDto(now)).ToList(), instance.ConcurrencyStamp);
    }

    public async Task<IReadOnlyList<IncidentDto>> OpenIncidentsAsync(CancellationToken cancellationToken) =>
        (await db.Set<Incident>().AsNoTracking().Where(i => i.ResolvedTime == null).OrderByDescending(i => i.CreationTime).Take(500)
            .ToListAsync(cancellationToken)).Select(i => i.ToDto()).ToList();

    public async Task<IReadOnlyList<ProcessStatisticsDto>> StatisticsAsync(CancellationToken cancellationToken)
    {
        var byStatus = await db.Set<WorkflowInstance>().AsNoTracking()
            .GroupBy(i => new { i.ProcessKey, i.Status })
            .Select(g => new { g.Key.ProcessKey, g.Key.Status, Count = g.Count(), Incidents = g.Count(i => i.HasIncident) })
            .ToListAsync(cancellationToken);
        var bySteps = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Status == InstanceStatus.Active)
            .GroupBy(i => new { i.ProcessKey, i.ActiveElementIds })
            .Select(g => new { g.Key.ProcessKey, g.Key.ActiveElementIds, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return byStatus.GroupBy(s => s.ProcessKey).OrderBy(g => g.Key).Select(g => new ProcessStatisticsDto(
            g.Key,
            g.Where(s => s.Status == InstanceStatus.Active).Sum(s => s.Count),
            g.Where(s => s.Status == InstanceStatus.Completed).Sum(s => s.Count),
            g.Where(s => s.Status == InstanceStatus.Terminated).Sum(s => s.Count),
            g.Sum(s => s.Incidents),
            bySteps.Where(s => s.ProcessKey == g.Key)
                .SelectMany(s => Runtime.Candidates.Split(s.ActiveElementIds).Select(e => (Element: e, s.Count)))
                .GroupBy(s => s.Element).Select(e => new StepCountDto(e.Key, e.Sum(x => x.Count))).OrderBy(e => e.ElementId).ToList()))
            .ToList();
    }
}
