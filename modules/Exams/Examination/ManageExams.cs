using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Examination;

/// <summary>考试管理: list, create, edit and publish exams; publishing checks the paper's rules against the bank again.</summary>
public sealed class ManageExams(PortalDbContext db, ICurrentTenant tenant, QuestionScope scope, ManagePapers papers,
    ITrainingPlanCompletion plans, IStringLocalizer<ExamsResource> text)
{
    public const int MaxDurationMinutes = 24 * 60;

    /// <summary>The bureau's exams and, in a town, the town's own (another town's stay out: 404).</summary>
    public IQueryable<Exam> Exams() => scope.BureauOrMine<Exam>();

    public async Task<PagedResult<ExamDto>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var query = Exams().AsNoTracking();
        if (page.SearchText is { } search)
        {
            query = query.Where(e => e.Title.Contains(search));
        }
        var result = await query.OrderByDescending(e => e.OpensAt).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<ExamDto>(result.Items.Select(e => ExamDto.From(e, tenant.Id)).ToList(), result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<Exam> FindAsync(Guid id, CancellationToken cancellationToken, bool tracking = false) =>
        await (tracking ? Exams() : Exams().AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(Exam), id);

    public async Task<ExamDto> GetAsync(Guid id, CancellationToken cancellationToken) => ExamDto.From(await FindAsync(id, cancellationToken), tenant.Id);

    public async Task<ExamDto> CreateAsync(SaveExamRequest request, CancellationToken cancellationToken)
    {
        var exam = new Exam { TenantId = tenant.Id };
        await ApplyAsync(exam, request, cancellationToken);
        db.Add(exam);
        await db.SaveChangesAsync(cancellationToken);
        return ExamDto.From(exam, tenant.Id);
    }

    public async Task<ExamDto> UpdateAsync(Guid id, SaveExamRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var exam = await FindEditableAsync(id, cancellationToken);
        db.Entry(exam).Property(e => e.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        await ApplyAsync(exam, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ExamDto.From(exam, tenant.Id);
    }

    /// <summary>Publishes (the paper must be satisfiable: <c>paper.rules[i]</c> otherwise) or takes back to draft.</summary>
    public async Task<ExamDto> PublishAsync(Guid id, bool publish, CancellationToken cancellationToken)
    {
        var exam = await FindEditableAsync(id, cancellationToken);
        if (publish)
        {
            await papers.EnsureSatisfiableAsync(await papers.FindAsync(exam.PaperId, cancellationToken), "paper.", cancellationToken);
            exam.PublishedTime ??= DateTime.UtcNow;
        }
        exam.Status = publish ? ExamStatus.Published : ExamStatus.Draft;
        await db.SaveChangesAsync(cancellationToken);
        return ExamDto.From(exam, tenant.Id);
    }

    private async Task<Exam> FindEditableAsync(Guid id, CancellationToken cancellationToken)
    {
        var exam = await FindAsync(id, cancellationToken, tracking: true);
        return exam.TenantId == tenant.Id ? exam : throw new ForbiddenException(text["NotYours"]);
    }

    private async Task ApplyAsync(Exam exam, SaveExamRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        exam.Title = request.Title?.Trim() ?? "";
        if (exam.Title.Length == 0 || exam.Title.Length > Exam.MaxTitleLength)
        {
            errors.Add(nameof(SaveExamRequest.Title), text["FieldRequired"]);
        }
        if (request.PaperId is not { } paperId || !await papers.Papers().AnyAsync(p => p.Id == paperId, cancellationToken))
        {
            errors.Add(nameof(SaveExamRequest.PaperId), text["ExamPaperUnknown"]);
        }
        else
        {
            exam.PaperId = paperId;
        }
        if (request.OpensAt is not { } opens || request.ClosesAt is not { } closes || closes <= opens)
        {
            errors.Add(nameof(SaveExamRequest.ClosesAt), text["ExamWindowInvalid"]);
        }
        else
        {
            (exam.OpensAt, exam.ClosesAt) = (ExamClock.Truncate(opens.ToUniversalTime()), ExamClock.Truncate(closes.ToUniversalTime()));
        }
        if (request.DurationMinutes is < 1 or > MaxDurationMinutes)
        {
            errors.Add(nameof(SaveExamRequest.DurationMinutes), text["ExamDurationRange", MaxDurationMinutes]);
        }
        if (request.PassMark < 0)
        {
            errors.Add(nameof(SaveExamRequest.PassMark), text["ExamPassMarkRange"]);
        }
        if (request.AttemptsAllowed < 0 || request.LeavePageLimit is < 1)
        {
            errors.Add(request.AttemptsAllowed < 0 ? nameof(SaveExamRequest.AttemptsAllowed) : nameof(SaveExamRequest.LeavePageLimit), text["ExamCountRange"]);
        }
        exam.Roles = string.Join(',', (request.Roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct());
        if (exam.Roles.Length > Exam.MaxRolesLength)
        {
            errors.Add(nameof(SaveExamRequest.Roles), text["ExamCountRange"]);
        }
        if (request.RequiredPlanId is { } planId && !(await plans.GetPlansAsync([planId], cancellationToken)).ContainsKey(planId))
        {
            errors.Add(nameof(SaveExamRequest.RequiredPlanId), text["ExamPlanUnknown"]);
        }
        errors.ThrowIfAny();
        exam.RequiredPlanId = request.RequiredPlanId;
        (exam.DurationMinutes, exam.PassMark, exam.AttemptsAllowed) = (request.DurationMinutes, request.PassMark, request.AttemptsAllowed);
        (exam.GradingMethod, exam.MultipleChoiceScoring) = (request.GradingMethod, request.MultipleChoiceScoring);
        (exam.ShuffleQuestions, exam.ShuffleOptions) = (request.ShuffleQuestions, request.ShuffleOptions);
        (exam.ReviewPolicy, exam.ShowCorrectAnswers, exam.LeavePageLimit) = (request.ReviewPolicy, request.ShowCorrectAnswers, request.LeavePageLimit);
        exam.EnterpriseId = exam.TenantId is null ? null : request.EnterpriseId;
    }
}
