using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// 切屏记录: the leave-page events of an exam's attempts the reader may see (same scope as the results), newest first,
/// optionally of one attempt, searchable by candidate name, paged on the server.
/// </summary>
public sealed class ReadLeavePageLog(ExamResultsScope scope)
{
    public async Task<PagedResult<LeavePageEventDto>> ListAsync(Guid examId, Guid? attemptId, Guid? townId, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var exam = await scope.ExamAsync(examId, cancellationToken);
        var attempts = await scope.AttemptsAsync(exam, townId, cancellationToken);
        if (attemptId is { } only)
        {
            attempts = attempts.Where(a => a.Id == only);
        }
        var rows = from e in scope.LeavePageEvents()
                   join a in attempts on e.AttemptId equals a.Id
                   join u in scope.Candidates() on a.UserId equals u.Id into users
                   from u in users.DefaultIfEmpty()
                   select new { Event = e, Attempt = a, Name = u == null ? "" : u.DisplayName };
        if (page.SearchText is { } search)
        {
            rows = rows.Where(r => r.Name.Contains(search));
        }
        return await rows.OrderByDescending(r => r.Event.Time).ThenBy(r => r.Event.Id)
            .Select(r => new LeavePageEventDto(r.Attempt.Id, r.Attempt.UserId, r.Name, r.Attempt.AttemptNo, r.Event.Kind, r.Event.Time,
                r.Event.ClientTime, r.Attempt.LeavePageCount))
            .ToPagedResultAsync(page, cancellationToken);
    }
}
