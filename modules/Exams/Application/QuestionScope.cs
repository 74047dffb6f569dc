using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Application;

/// <summary>
/// The bank as the current side sees it: the bureau's categories and questions (TenantId null) plus, in a town, the
/// town's own. The kernel's town filter would hide the bureau rows from a town, so reads lift it and put back exactly
/// "bureau or mine" (as the risk catalogue does); another town's rows stay out (404). Only the owner edits (403).
/// </summary>
public sealed class QuestionScope(PortalDbContext db, ICurrentTenant currentTenant, IStringLocalizer<ExamsResource> text)
{
    public Guid? TenantId => currentTenant.Id;

    public IQueryable<QuestionCategory> Categories() => BureauOrMine<QuestionCategory>();

    public IQueryable<Question> Questions() => BureauOrMine<Question>();

    /// <summary>The bureau's rows and, in a town, the town's own: another town's stay out (404). Every kind of row the bank, papers and exams share.</summary>
    public IQueryable<T> BureauOrMine<T>() where T : class, IMultiTenant
    {
        var town = currentTenant.Id;
        return db.Set<T>().IgnoreQueryFilters().Where(e => e.TenantId == null || e.TenantId == town);
    }

    /// <summary>Only the owner edits: the bureau its rows, a town its own (never the bureau's).</summary>
    public bool CanEdit(Guid? ownerTenantId) => ownerTenantId == currentTenant.Id;

    public async Task<QuestionCategory> FindCategoryAsync(Guid id, CancellationToken cancellationToken) =>
        await Categories().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(QuestionCategory), id);

    public async Task<QuestionCategory> FindEditableCategoryAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await FindCategoryAsync(id, cancellationToken);
        return CanEdit(category.TenantId) ? category : throw new ForbiddenException(text["NotYours"]);
    }

    public async Task<Question> FindQuestionAsync(Guid id, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = Questions().Include(q => q.Options).Include(q => q.Blanks).Include(q => q.Tags).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Question), id);
    }

    public async Task<Question> FindEditableQuestionAsync(Guid id, CancellationToken cancellationToken)
    {
        var question = await FindQuestionAsync(id, cancellationToken, tracking: true);
        return CanEdit(question.TenantId) ? question : throw new ForbiddenException(text["NotYours"]);
    }
}
