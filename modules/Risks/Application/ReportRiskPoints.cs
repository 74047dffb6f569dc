using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>An enterprise reports, edits and retires its risk points; each change waits for the town again and is kept in the history.</summary>
public sealed class ReportRiskPoints(
    PortalDbContext db, RiskPointScope scope, RiskCatalogueScope catalogue, ReadRiskRegister register, IStringLocalizer<RisksResource> text)
{
    public async Task<RiskPointCardDto> ReportAsync(SaveRiskPointRequest request, CancellationToken cancellationToken = default)
    {
        var errors = RiskPointValidation.Check(request, text);
        var enterpriseId = await scope.EnterpriseForReportAsync(request.EnterpriseId, errors, cancellationToken);
        var category = await CategoryAsync(request, errors, cancellationToken);
        var point = new RiskPoint { Id = Guid.CreateVersion7(), EnterpriseId = enterpriseId ?? Guid.Empty };
        await CheckDuplicateAsync(point, category, request, errors, cancellationToken);
        errors.ThrowIfAny();
        Apply(point, category!, request);
        db.Add(point);
        Record(point, RiskPointChangeKind.Reported, RiskPointHistory.Describe(null, RiskPointHistory.Snapshot(point, category!.Code)));
        await db.SaveChangesAsync(cancellationToken);
        return await register.GetCardAsync(point.Id, cancellationToken);
    }

    public async Task<RiskPointCardDto> UpdateAsync(Guid id, SaveRiskPointRequest request, CancellationToken cancellationToken = default)
    {
        var point = await scope.FindAsync(id, withMeasures: true, cancellationToken);
        var errors = RiskPointValidation.Check(request, text);
        var category = await CategoryAsync(request, errors, cancellationToken);
        await CheckDuplicateAsync(point, category, request, errors, cancellationToken);
        errors.ThrowIfAny();
        var oldCode = await catalogue.Categories().Where(c => c.Id == point.CategoryId).Select(c => c.Code).FirstAsync(cancellationToken);
        var before = RiskPointHistory.Snapshot(point, oldCode);
        db.RemoveRange(point.Measures);
        point.Measures.Clear();
        Apply(point, category!, request);
        point.Verification = VerificationStatus.Pending;
        point.ReturnReason = null;
        db.Entry(point).Property(p => p.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        db.Entry(point).State = EntityState.Modified;
        Record(point, RiskPointChangeKind.Updated, RiskPointHistory.Describe(before, RiskPointHistory.Snapshot(point, category!.Code)));
        await db.SaveChangesAsync(cancellationToken);
        return await register.GetCardAsync(id, cancellationToken);
    }

    public async Task<RiskPointCardDto> RetireAsync(Guid id, ReviewRequest request, CancellationToken cancellationToken = default)
    {
        var point = await scope.FindAsync(id, withMeasures: false, cancellationToken);
        point.Status = RiskPointStatus.Retired;
        db.Entry(point).Property(p => p.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        Record(point, RiskPointChangeKind.Retired, null, request.Reason?.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return await register.GetCardAsync(id, cancellationToken);
    }

    internal void Record(RiskPoint point, RiskPointChangeKind kind, string? summary, string? reason = null)
    {
        var (userId, userName) = scope.CurrentUser();
        db.Add(new RiskPointChange
        {
            RiskPointId = point.Id, Kind = kind, UserId = userId, UserName = userName, Summary = summary,
            Reason = reason is { Length: > RiskPoint.MaxReasonLength } ? reason[..RiskPoint.MaxReasonLength] : reason,
            Level = point.Level, Verification = point.Verification,
        });
    }

    internal static void Apply(RiskPoint point, RiskCategory category, SaveRiskPointRequest request)
    {
        point.CategoryId = category.Id;
        point.CategoryVersion = category.CurrentVersion;
        point.Name = request.Name!.Trim();
        point.Location = request.Location!.Trim();
        point.Equipment = string.IsNullOrWhiteSpace(request.Equipment) ? null : request.Equipment.Trim();
        point.Assess(RiskPointValidation.Assessment(request));
        point.ResponsiblePerson = string.IsNullOrWhiteSpace(request.ResponsiblePerson) ? null : request.ResponsiblePerson.Trim();
        point.ResponsiblePhone = string.IsNullOrWhiteSpace(request.ResponsiblePhone) ? null : request.ResponsiblePhone.Trim();
        point.Measures.AddRange((request.Measures ?? []).Select((m, i) => new RiskControlMeasure
        {
            RiskPointId = point.Id, SortOrder = i, Description = m.Description!.Trim(), Frequency = m.Frequency, ResponsibleRole = m.ResponsibleRole!.Trim(),
        }));
    }

    private async Task<RiskCategory?> CategoryAsync(SaveRiskPointRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.CategoryCode))
        {
            return null;
        }
        var code = request.CategoryCode.Trim();
        var found = await catalogue.ActiveByCodeAsync([code], cancellationToken);
        if (!found.TryGetValue(code, out var category))
        {
            errors.Add(nameof(request.CategoryCode), text["CategoryCodeUnknown", code]);
        }
        return category;
    }

    /// <summary>A point is a duplicate when its enterprise already has an active point of the same category at the same location.</summary>
    private async Task CheckDuplicateAsync(RiskPoint point, RiskCategory? category, SaveRiskPointRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (category is null || point.EnterpriseId == Guid.Empty || string.IsNullOrWhiteSpace(request.Location))
        {
            return;
        }
        var location = request.Location.Trim();
        if (await db.Set<RiskPoint>().AnyAsync(p => p.EnterpriseId == point.EnterpriseId && p.CategoryId == category.Id
                && p.Location == location && p.Status == RiskPointStatus.Active && p.Id != point.Id, cancellationToken))
        {
            errors.Add(nameof(request.Location), text["DuplicateRiskPoint", category.Code, location]);
        }
    }
}
