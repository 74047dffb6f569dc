using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The town verifies what enterprises reported, or returns it with a reason.</summary>
public sealed class ReviewRiskPoints(PortalDbContext db, RiskPointScope scope, ReportRiskPoints history, ReadRiskRegister register, IStringLocalizer<RisksResource> text)
{
    public Task<RiskPointCardDto> VerifyAsync(Guid id, ReviewRequest request, CancellationToken cancellationToken = default) =>
        ReviewAsync(id, request, VerificationStatus.Verified, cancellationToken);

    public Task<RiskPointCardDto> ReturnAsync(Guid id, ReviewRequest request, CancellationToken cancellationToken = default) =>
        ReviewAsync(id, request, VerificationStatus.Returned, cancellationToken);

    private async Task<RiskPointCardDto> ReviewAsync(Guid id, ReviewRequest request, VerificationStatus verdict, CancellationToken cancellationToken)
    {
        var point = await scope.FindAsync(id, withMeasures: false, cancellationToken);
        var errors = new ValidationErrors();
        if (point.Verification != VerificationStatus.Pending)
        {
            errors.Add(nameof(RiskPoint.Verification), text["RiskPointNotPending"]);
        }
        var reason = request.Reason?.Trim();
        if (verdict == VerificationStatus.Returned)
        {
            CategoryValidation.Required(errors, nameof(request.Reason), reason, RiskPoint.MaxReasonLength, text);
        }
        errors.ThrowIfAny();
        point.Verification = verdict;
        point.ReturnReason = verdict == VerificationStatus.Returned ? reason : null;
        point.VerifiedTime = verdict == VerificationStatus.Verified ? DateTime.UtcNow : point.VerifiedTime;
        db.Entry(point).Property(p => p.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        history.Record(point, verdict == VerificationStatus.Verified ? RiskPointChangeKind.Verified : RiskPointChangeKind.Returned, null, reason);
        await db.SaveChangesAsync(cancellationToken);
        return await register.GetCardAsync(id, cancellationToken);
    }
}
