using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// 未通过名单: the people of an exam's audience in the reader's town or enterprises (the enterprise staff roster, narrowed
/// by the exam's enterprise and roles) and everyone who took it there, each with where they stand (and, for an exam after a training plan, whether they completed it). A town's audience is
/// read whole (a few bulk reads), then filtered and paged in memory.
/// </summary>
public sealed class ReadExamPeople(PortalDbContext db, ExamResultsScope scope, IStaffRoster roster, IEnterpriseDirectory directory,
    ITrainingPlanCompletion plans, IStringLocalizer<ExamsResource> text)
{
    public async Task<PagedResult<ExamPersonDto>> PeopleAsync(Guid examId, ExamPeopleFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = await RowsAsync(examId, filter, page.SearchText, cancellationToken);
        return new PagedResult<ExamPersonDto>([.. rows.Skip(page.Skip).Take(page.SafePageSize)], rows.Count, page.SafePage, page.SafePageSize);
    }

    /// <summary>Every matching person, for the export (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<ExamPersonDto>> AllPeopleAsync(Guid examId, ExamPeopleFilter filter, string? search, int limit,
        CancellationToken cancellationToken) =>
        [.. (await RowsAsync(examId, filter, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), cancellationToken)).Take(limit)];

    private async Task<List<ExamPersonDto>> RowsAsync(Guid examId, ExamPeopleFilter filter, string? search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (scope.IsBureau)
        {
            throw new ForbiddenException(text["Results.TownOnly"]);
        }
        var exam = await scope.ExamAsync(examId, cancellationToken);
        var attempts = await scope.AttemptsAsync(exam, null, cancellationToken);
        if (filter.EnterpriseId is { } only)
        {
            attempts = attempts.Where(a => a.EnterpriseId == only);
        }
        var results = (await CandidateResults.LoadAsync(attempts, exam, cancellationToken)).ToDictionary(r => r.UserId);
        var open = (await attempts.Where(a => a.Status == AttemptStatus.Open).Select(a => a.UserId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var audience = await AudienceAsync(exam, filter.EnterpriseId, cancellationToken);
        var people = audience.Keys.Union(results.Keys).ToList();
        var names = await NamesAsync(people, cancellationToken);
        var enterpriseIds = people.Select(p => results.GetValueOrDefault(p)?.EnterpriseId ?? audience.GetValueOrDefault(p)?.EnterpriseId)
            .OfType<Guid>().Distinct().ToList();
        var enterprises = await directory.GetAsync(enterpriseIds, cancellationToken);
        var trained = exam.RequiredPlanId is { } planId ? await plans.CompletedAmongAsync(planId, people, cancellationToken) : null;
        return [.. people.Select(userId =>
            {
                var result = results.GetValueOrDefault(userId);
                var member = audience.GetValueOrDefault(userId);
                var enterpriseId = result?.EnterpriseId ?? member?.EnterpriseId;
                var state = result is { Passed: true } ? ExamPersonState.Passed
                    : open.Contains(userId) ? ExamPersonState.InProgress
                    : result is not null ? ExamPersonState.Failed : ExamPersonState.NotStarted;
                return new ExamPersonDto(userId, names.GetValueOrDefault(userId, ""), enterpriseId,
                    enterpriseId is { } e ? enterprises.GetValueOrDefault(e)?.Name : null, result?.Position ?? member?.Position, state,
                    result?.Attempts ?? 0, result?.Grade, result?.MaxScore, trained?.Contains(userId));
            })
            .Where(p => filter.Includes(p.State) && (search is null || p.Name.Contains(search, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.State).ThenBy(p => p.EnterpriseName, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.UserId)];
    }

    /// <summary>The roster people the exam is for, each at their latest post, keyed by user.</summary>
    private async Task<Dictionary<Guid, StaffMember>> AudienceAsync(Exam exam, Guid? enterpriseId, CancellationToken cancellationToken)
    {
        var visible = await scope.VisibleEnterprisesAsync(cancellationToken);
        IReadOnlyCollection<Guid>? enterprises = exam.EnterpriseId is { } own ? [own] : visible;
        if (enterpriseId is { } only)
        {
            enterprises = enterprises is null || enterprises.Contains(only) ? [only] : [];
        }
        if (enterprises is { Count: 0 })
        {
            return [];
        }
        if (visible is not null && enterprises is not null)
        {
            enterprises = [.. enterprises.Where(visible.Contains)];
        }
        var staff = (await roster.GetStaffAsync(enterprises, cancellationToken)).GroupBy(m => m.UserId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.MemberSince).First());
        var roles = exam.RoleList;
        if (roles.Count == 0)
        {
            return staff;
        }
        var inRoles = (await (from ur in db.Set<IdentityUserRole<Guid>>()
                              join r in db.Set<PortalRole>() on ur.RoleId equals r.Id
                              where roles.Contains(r.Name!)
                              select ur.UserId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return staff.Where(s => inRoles.Contains(s.Key)).ToDictionary();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(List<Guid> userIds, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>(userIds.Count);
        foreach (var chunk in userIds.Chunk(2000))
        {
            foreach (var user in await db.Set<PortalUser>().AsNoTracking().Where(u => chunk.Contains(u.Id))
                         .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            {
                names[user.Id] = user.DisplayName;
            }
        }
        return names;
    }
}
