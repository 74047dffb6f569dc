using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Notifications;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Workflows.Application;

/// <summary>The task inbox of the signed-in user: list, read, claim, unclaim, delegate, complete.</summary>
public sealed class ManageTasks(
    PortalDbContext db,
    WorkflowUser user,
    TaskCandidacy candidacy,
    WorkflowEngine engine,
    ProcessExecutor executor,
    Notifier notifier,
    ICurrentTenant tenant)
{
    public async Task<PagedResult<HumanTaskDto>> ListAsync(PageRequest page, TaskFilter filter, CancellationToken cancellationToken)
    {
        var me = user.Name;
        var now = engine.Now;
        var query = db.Set<HumanTask>().AsNoTracking();
        var scope = filter.Scope?.ToLowerInvariant() ?? "all";
        if (scope == "completed")
        {
            query = query.Where(t => t.Status == HumanTaskStatus.Completed && t.CompletedBy == me);
        }
        else
        {
            var candidate = await candidacy.IsCandidateAsync(cancellationToken);
            query = query.Where(t => t.Status == HumanTaskStatus.Open);
            query = scope switch
            {
                "mine" => query.Where(t => t.Assignee == me),
                "groups" => query.Where(t => t.Assignee == null).Where(candidate),
                _ => query.Where(t => t.Assignee == me || t.Assignee == null).Where(Or(candidate, t => t.Assignee == me)),
            };
        }
        if (!string.IsNullOrWhiteSpace(filter.ProcessKey))
        {
            query = query.Where(t => t.ProcessKey == filter.ProcessKey);
        }
        if (!string.IsNullOrWhiteSpace(filter.BusinessKey))
        {
            query = query.Where(t => t.BusinessKey == filter.BusinessKey);
        }
        if (filter.Overdue is { } overdue)
        {
            query = overdue ? query.Where(t => t.DueDate < now) : query.Where(t => t.DueDate == null || t.DueDate >= now);
        }
        if (page.SearchText is { } search)
        {
            query = query.Where(t => t.Name.Contains(search) || t.BusinessKey!.Contains(search));
        }
        var result = await query.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.CreationTime).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<HumanTaskDto>(result.Items.Select(t => t.ToDto(now)).ToList(), result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<HumanTaskDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await VisibleAsync(id, cancellationToken);
        var variables = await db.Set<WorkflowInstance>().Where(i => i.Id == task.InstanceId).Select(i => i.VariablesJson).FirstAsync(cancellationToken);
        return new HumanTaskDetailDto(task.ToDto(engine.Now), JsonNode.Parse(variables)?.AsObject() ?? []);
    }

    public async Task<HumanTaskDto> ClaimAsync(Guid id, TaskActionRequest request, CancellationToken cancellationToken)
    {
        var task = await OpenAsync(id, request.ConcurrencyStamp, cancellationToken);
        if (task.Assignee is not null && task.Assignee != user.Name)
        {
            throw new DbUpdateConcurrencyException($"The task was already claimed by {task.Assignee}.");
        }
        await RequireSeparationAsync(task, cancellationToken);
        task.Assignee = user.Name;
        task.ClaimTime = engine.Now;
        Journal(task, JournalKinds.Claimed, null);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto(engine.Now);
    }

    public async Task<HumanTaskDto> UnclaimAsync(Guid id, TaskActionRequest request, CancellationToken cancellationToken)
    {
        var task = await OpenAsync(id, request.ConcurrencyStamp, cancellationToken);
        RequireAssignee(task);
        task.Assignee = null;
        task.ClaimTime = null;
        Journal(task, JournalKinds.Unclaimed, null);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto(engine.Now);
    }

    public async Task<HumanTaskDto> DelegateAsync(Guid id, DelegateTaskRequest request, CancellationToken cancellationToken)
    {
        // The task first: another town's id answers 404 whatever the body says.
        var task = await OpenAsync(id, request.ConcurrencyStamp, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            throw OperateInstances.Invalid("userName", "Name the user to delegate to.");
        }
        if (task.Assignee is null)
        {
            task.Assignee = user.Name;
        }
        RequireAssignee(task);
        task.Owner ??= user.Name;
        task.Assignee = request.UserName.Trim();
        task.ClaimTime = engine.Now;
        notifier.ToUser(task.Assignee, NotificationKinds.TaskDelegated, task.Name, task.BusinessKey, task.Id, task.InstanceId);
        Journal(task, JournalKinds.Delegated, task.Assignee);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto(engine.Now);
    }

    /// <summary>Completes the task with the form's data and runs the instance to its next wait states, in one transaction.</summary>
    public async Task<HumanTaskDto> CompleteAsync(Guid id, CompleteTaskRequest request, CancellationToken cancellationToken)
    {
        HumanTask? completed = null;
        await db.InTwoTripsAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var task = await OpenAsync(id, request.ConcurrencyStamp, ct, withInstance: true);
            if (task.Assignee is null)
            {
                task.Assignee = user.Name;
            }
            RequireAssignee(task);
            await RequireSeparationAsync(task, ct);
            task.Status = HumanTaskStatus.Completed;
            task.CompletionTime = engine.Now;
            task.CompletedBy = user.Name;
            var moved = await engine.StepAsync(task.InstanceId, (s, now) =>
            {
                if (s.State.Find(task.TokenId) is { } token)
                {
                    token.Waits &= ~WaitKinds.Task;
                }
                return executor.Complete(s.Model, s.State, s.Variables, now, task.TokenId, task.ElementId, request.Variables);
            }, user.Name, new EffectsWriter.Exclusions(TaskId: task.Id), ct);
            if (!moved)
            {
                throw new DbUpdateConcurrencyException("The instance has moved on; the task is no longer open.");
            }
            completed = task;
        }, engine.SaveAsync, cancellationToken);
        return completed!.ToDto(engine.Now);
    }

    /// <summary>
    /// A completion's read: the task and its instance in one join, compiled once. The town condition is written on the task
    /// alone (its instance is always of the same town): with the town filter on both sides EF joins the instance as a
    /// derived table, which MariaDB parses and prepares on every completion.
    /// </summary>
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, Guid?, CancellationToken, Task<TaskWithInstance?>>> TaskWithInstanceQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid id, Guid? townId, CancellationToken _) =>
            (from t in db.Set<HumanTask>().IgnoreQueryFilters().ForUpdate()
             join i in db.Set<WorkflowInstance>().IgnoreQueryFilters() on t.InstanceId equals i.Id
             where t.Id == id && t.TenantId == townId
             select new TaskWithInstance(t, i)).FirstOrDefault()));

    private sealed record TaskWithInstance(HumanTask Task, WorkflowInstance Instance);

    /// <summary>
    /// A task the user may see: assigned to them, owned (delegated) by them, or one they are a candidate for. With its
    /// instance, the instance is read (and tracked) in the same query, so the step that follows needs no second read.
    /// </summary>
    private async Task<HumanTask> VisibleAsync(Guid id, CancellationToken cancellationToken, bool withInstance = false)
    {
        var task = (withInstance
            ? await WithInstanceAsync(id, cancellationToken)
            : await db.Set<HumanTask>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken))
            ?? throw new EntityNotFoundException(typeof(HumanTask), id);

        if (task.Assignee != user.Name && task.Owner != user.Name && !await candidacy.IsCandidateForAsync(task, cancellationToken))
        {
            throw new EntityNotFoundException(typeof(HumanTask), id);
        }
        return task;
    }

    /// <summary>The task and its instance, locked until the completion commits (in a two-trip transaction on MariaDB).</summary>
    private async Task<HumanTask?> WithInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await TaskWithInstanceQuery.For(db)(db, id, tenant.Id, cancellationToken) is not { } read)
        {
            return null;
        }
        db.Locked(read.Task, read.Instance);
        return read.Task;
    }

    private async Task<HumanTask> OpenAsync(Guid id, string? stamp, CancellationToken cancellationToken, bool withInstance = false)
    {
        var task = await VisibleAsync(id, cancellationToken, withInstance);

        if (task.Status != HumanTaskStatus.Open)
        {
            throw OperateInstances.Invalid("id", $"The task is {task.Status}.");
        }
        if (stamp is not null && stamp != task.ConcurrencyStamp)
        {
            throw new DbUpdateConcurrencyException("The task has changed since it was read.");
        }
        return task;
    }

    /// <summary>
    /// The four-eyes rule (the task's "separateFrom" property): whoever completed one of those tasks of this instance may not
    /// take this one — a rectification is not verified by the person who did it. Tasks without the property cost a cache lookup.
    /// </summary>
    private async Task RequireSeparationAsync(HumanTask task, CancellationToken cancellationToken)
    {
        var definitionId = db.Set<WorkflowInstance>().Local.FirstOrDefault(i => i.Id == task.InstanceId)?.DefinitionId
            ?? await db.Set<WorkflowInstance>().Where(i => i.Id == task.InstanceId).Select(i => i.DefinitionId).FirstAsync(cancellationToken);
        var model = await engine.ModelOfAsync(definitionId, cancellationToken);
        if (!model.Nodes.TryGetValue(task.ElementId, out var node) || node.UserTask?.SeparateFrom is not { Count: > 0 } separate)
        {
            return;
        }
        var done = await db.Set<HumanTask>()
            .Where(t => t.InstanceId == task.InstanceId && t.Status == HumanTaskStatus.Completed && t.CompletedBy == user.Name && separate.Contains(t.ElementId))
            .Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        if (done is not null)
        {
            throw new ForbiddenException($"You completed '{done}' in this process; someone else must do '{task.Name}'.");
        }
    }

    private void RequireAssignee(HumanTask task)
    {
        if (task.Assignee != user.Name)
        {
            throw new ForbiddenException($"The task is assigned to {task.Assignee}; claim it first.");
        }
    }

    private void Journal(HumanTask task, string kind, string? detail) =>
        db.Add(new JournalEntry
        {
            TenantId = task.TenantId, InstanceId = task.InstanceId, Time = engine.Now, ElementId = task.ElementId, ElementName = task.Name,
            Kind = kind, Actor = user.Name, Detail = detail,
        });

    private static System.Linq.Expressions.Expression<Func<HumanTask, bool>> Or(
        System.Linq.Expressions.Expression<Func<HumanTask, bool>> left, System.Linq.Expressions.Expression<Func<HumanTask, bool>> right)
    {
        var body = System.Linq.Expressions.Expression.OrElse(left.Body,
            new ParameterSwap(right.Parameters[0], left.Parameters[0]).Visit(right.Body));
        return System.Linq.Expressions.Expression.Lambda<Func<HumanTask, bool>>(body, left.Parameters);
    }
}
