using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// Whose results a reader may count: the bureau every town's attempts at its exams (the town filter lifted on the host
/// only), town staff their town's, enterprise staff those of their own enterprises (attempts remember the candidate's
/// enterprise at the start). Exams are the bureau's and the reader's town's published ones; an enterprise's own exam
/// only for that enterprise's staff.
/// </summary>
public sealed class ExamResultsScope(PortalDbContext db, ICurrentTenant tenant, QuestionScope questions, IEnterpriseDirectory directory)
{
    private IReadOnlyList<Guid>? _visible;
    private bool _visibleRead;

    public bool IsBureau => tenant.Id is null;

    /// <summary>Null for the whole town (town staff, bureau), else the reader's own enterprises.</summary>
    public async Task<IReadOnlyList<Guid>?> VisibleEnterprisesAsync(CancellationToken cancellationToken)
    {
        if (!_visibleRead)
        {
            _visible = IsBureau ? null : await directory.GetVisibleEnterpriseIdsAsync(cancellationToken);
            _visibleRead = true;
        }
        return _visible;
    }

    public async Task<IQueryable<Exam>> ExamsAsync(CancellationToken cancellationToken)
    {
        var exams = questions.BureauOrMine<Exam>().AsNoTracking().Where(e => e.Status == ExamStatus.Published);
        return await VisibleEnterprisesAsync(cancellationToken) is { } visible
            ? exams.Where(e => e.EnterpriseId == null || visible.Contains(e.EnterpriseId.Value))
            : exams;
    }

    /// <summary>A published exam the reader may see the results of, or 404.</summary>
    public async Task<Exam> ExamAsync(Guid id, CancellationToken cancellationToken) =>
        await (await ExamsAsync(cancellationToken)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(Exam), id);

    /// <summary>The attempts at the exam the reader may count (optionally of one town, for the bureau).</summary>
    public async Task<IQueryable<Attempt>> AttemptsAsync(Exam exam, Guid? townId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var attempts = IsBureau ? db.Set<Attempt>().IgnoreQueryFilters() : db.Set<Attempt>();
        attempts = attempts.AsNoTracking().Where(a => a.ExamId == exam.Id);
        if (IsBureau && townId is { } town)
        {
            attempts = attempts.Where(a => a.TenantId == town);
        }
        if (await VisibleEnterprisesAsync(cancellationToken) is { } visible)
        {
            attempts = attempts.Where(a => a.EnterpriseId != null && visible.Contains(a.EnterpriseId.Value));
        }
        return attempts;
    }

    /// <summary>The questions of those attempts, under the same town filter (lifted for the bureau).</summary>
    public IQueryable<AttemptQuestion> AttemptQuestions() => Lifted<AttemptQuestion>();

    /// <summary>The leave-page events of those attempts, under the same town filter (lifted for the bureau).</summary>
    public IQueryable<LeavePageEvent> LeavePageEvents() => Lifted<LeavePageEvent>();

    /// <summary>Candidates (users), under the same town filter (lifted for the bureau), for names beside results.</summary>
    public IQueryable<PortalUser> Candidates() => Lifted<PortalUser>();

    private IQueryable<T> Lifted<T>() where T : class => (IsBureau ? db.Set<T>().IgnoreQueryFilters() : db.Set<T>()).AsNoTracking();
}
