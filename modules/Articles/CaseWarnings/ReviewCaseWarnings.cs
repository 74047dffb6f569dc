using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>The article's way to readers: the author submits; the reviewer approves (now or at a time), returns with a reason, withdraws.</summary>
public sealed class ReviewCaseWarnings(PortalDbContext db, CaseWarningScope scope, CaseWarningFields fields, ReadCaseWarnings read,
    TimeProvider clock, IStringLocalizer<ArticlesResource> text)
{
    public Task<CaseWarningDto> SubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.Submit(), checkFields: true, cancellationToken);

    public Task<CaseWarningDto> ApproveAsync(Guid id, ApproveCaseWarningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var at = request.PublishAt is { } wanted ? DateTime.SpecifyKind(wanted.ToUniversalTime(), DateTimeKind.Utc) : now;
        return ChangeAsync(id, a => a.Approve(at < now ? now : at), checkFields: true, cancellationToken);
    }

    public Task<CaseWarningDto> ReturnAsync(Guid id, ReturnCaseWarningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > CaseWarning.MaxReasonLength)
        {
            return RefuseAsync(id, nameof(request.Reason), text["CaseWarning:ReasonRequired", CaseWarning.MaxReasonLength], cancellationToken);
        }
        return ChangeAsync(id, a => a.Return(reason), checkFields: false, cancellationToken);
    }

    public Task<CaseWarningDto> WithdrawAsync(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, a => a.Withdraw(), checkFields: false, cancellationToken);

    /// <summary>Another town's id answers 404 before the field error.</summary>
    private async Task<CaseWarningDto> RefuseAsync(Guid id, string field, string message, CancellationToken cancellationToken)
    {
        await scope.FindOwnAsync(id, cancellationToken);
        throw ValidationException.For(field, message);
    }

    private async Task<CaseWarningDto> ChangeAsync(Guid id, Func<CaseWarning, bool> change, bool checkFields, CancellationToken cancellationToken)
    {
        var article = await scope.FindOwnAsync(id, cancellationToken);
        var errors = new ValidationErrors();
        if (checkFields)
        {
            fields.CheckPublishable(article, errors);
            errors.ThrowIfAny();
        }
        var status = article.Status;
        if (!change(article))
        {
            throw ValidationException.For("Status", text["CaseWarning:NotAllowedInStatus", text[$"CaseWarning:Status.{status}"]]);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await read.GetAsync(id, cancellationToken);
    }
}
