using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Writing articles: drafts created and changed by the current side (the bureau on the host, a town in the town), drafts deleted.</summary>
public sealed class ManageCaseWarnings(PortalDbContext db, CaseWarningScope scope, SignedInUser user, CaseWarningFields fields,
    ReadCaseWarnings read, IStringLocalizer<ArticlesResource> text)
{
    public async Task<CaseWarningDto> CreateAsync(SaveCaseWarningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var article = new CaseWarning { TenantId = user.TenantId };
        await SaveAsync(article, request, cancellationToken);
        return await read.GetAsync(article.Id, cancellationToken);
    }

    public async Task<CaseWarningDto> UpdateAsync(Guid id, SaveCaseWarningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var article = await scope.FindOwnAsync(id, cancellationToken);
        if (!article.IsEditable)
        {
            throw ValidationException.For("Status", text["CaseWarning:NotEditableInStatus", text[$"CaseWarning:Status.{article.Status}"]]);
        }
        db.Entry(article).Property(a => a.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        await SaveAsync(article, request, cancellationToken);
        return await read.GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes an article that readers never saw (not published, not withdrawn).</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await scope.FindOwnAsync(id, cancellationToken);
        if (article.Status is CaseWarningStatus.Published or CaseWarningStatus.Withdrawn)
        {
            throw ValidationException.For("Status", text["CaseWarning:PublishedCannotDelete"]);
        }
        db.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveAsync(CaseWarning article, SaveCaseWarningRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        fields.Apply(article, request, errors);
        if (article.IssueNumber is { } issue
            && await scope.Own().AnyAsync(a => a.IssueNumber == issue && a.Id != article.Id, cancellationToken))
        {
            errors.Add(nameof(SaveCaseWarningRequest.IssueNumber), text["CaseWarning:IssueNumberTaken", issue]);
        }
        errors.ThrowIfAny();
        if (db.Entry(article).State == EntityState.Detached)
        {
            db.Add(article);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
