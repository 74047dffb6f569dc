using System.Linq.Expressions;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Workflows.Application;

/// <summary>
/// Which tasks the signed-in user may take: named as a candidate user, or holding a candidate group — a role, a
/// unit they belong to ("unit:ID", the enterprise's id counts for everyone in it), or a role within such a unit ("unit:ID:Role").
/// </summary>
public sealed class TaskCandidacy(WorkflowUser user, IServiceProvider services)
{
    private IReadOnlyList<string>? _groups;

    public async Task<IReadOnlyList<string>> GroupsAsync(CancellationToken cancellationToken)
    {
        if (_groups is not null)
        {
            return _groups;
        }
        var groups = new List<string>(user.Roles);
        if (user.Id is { } userId && services.GetService<IUserOrganizationUnitLookup>() is { } lookup)
        {
            foreach (var unit in await lookup.GetForUserAsync(userId, cancellationToken))
            {
                foreach (var unitId in new[] { unit.OrganizationUnitId, unit.EnterpriseId }.OfType<Guid>().Distinct())
                {
                    groups.Add($"unit:{unitId}");
                    groups.AddRange(user.Roles.Select(role => $"unit:{unitId}:{role}"));
                }
            }
        }
        return _groups = groups;
    }

    /// <summary>t => the user is a candidate (whether or not someone claimed it).</summary>
    public async Task<Expression<Func<HumanTask, bool>>> IsCandidateAsync(CancellationToken cancellationToken)
    {
        var task = Expression.Parameter(typeof(HumanTask), "t");
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression Has(string property, string value) =>
            Expression.Call(Expression.Property(task, property), contains, Expression.Constant(Candidates.Token(value)));
        var body = Has(nameof(HumanTask.CandidateUsers), user.Name);
        foreach (var group in await GroupsAsync(cancellationToken))
        {
            body = Expression.OrElse(body, Has(nameof(HumanTask.CandidateGroups), group));
        }
        return Expression.Lambda<Func<HumanTask, bool>>(body, task);
    }

    public async Task<bool> IsCandidateForAsync(HumanTask task, CancellationToken cancellationToken) =>
        Candidates.Split(task.CandidateUsers).Contains(user.Name)
        || Candidates.Split(task.CandidateGroups).Intersect(await GroupsAsync(cancellationToken)).Any();
}
