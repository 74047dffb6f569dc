using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// The certificates of one exam for its managers (search by holder or serial, paging, Excel) and revoking one with a
/// reason. A passed candidate left without a certificate gets it when the list is read.
/// </summary>
public sealed class ManageCertificates(PortalDbContext db, CertificateScope scope, ManageExams exams, ExamCertificates examCertificates,
    CertificateLinks links, ExamClock clock, IStringLocalizer<ExamsResource> text)
{
    public async Task<PagedResult<CertificateDto>> ListForExamAsync(Guid examId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await (await ForExamAsync(examId, page.SearchText, cancellationToken)).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<CertificateDto>([.. result.Items.Select(c => CertificateView.ToDto(c, links))], result.TotalCount, result.Page, result.PageSize);
    }

    /// <summary>Every certificate of the exam matching the search, as workbook rows keyed by the headers.</summary>
    public async Task<(IReadOnlyList<string> Headers, List<IDictionary<string, object?>> Rows)> ExportAsync(Guid examId, string? search,
        CancellationToken cancellationToken)
    {
        var certificates = await (await ForExamAsync(examId, search, cancellationToken)).ToListAsync(cancellationToken);
        string[] headers = [text["Certificate.Serial"], text["Certificate.Holder"], text["Certificate.Title"], text["Certificate.Body"],
            text["Certificate.IssuedAt"], text["Certificate.Town"], text["Certificate.Status"], text["Certificate.RevokeReason"]];
        var rows = certificates.Select(c => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = c.Serial, [headers[1]] = c.HolderName, [headers[2]] = c.Title, [headers[3]] = string.Join(' ', CertificateView.Lines(c)),
            [headers[4]] = c.IssuedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC",
            [headers[5]] = c.TownName ?? text["Certificate.Bureau"].Value, [headers[6]] = text[$"CertificateStatus.{c.Status}"].Value,
            [headers[7]] = c.RevokeReason,
        }).ToList();
        return (headers, rows);
    }

    /// <summary>撤销: the reason is required; revoking a revoked certificate changes nothing. A stale stamp: 409.</summary>
    public async Task<CertificateDto> RevokeAsync(Guid id, RevokeCertificateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var certificate = await scope.Managed().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Certificate), id);
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            throw ValidationException.For(nameof(request.Reason), text["FieldRequired"]);
        }
        if (reason.Length > Certificate.MaxRevokeReasonLength)
        {
            throw ValidationException.For(nameof(request.Reason), text["FieldTooLong", Certificate.MaxRevokeReasonLength]);
        }
        if (certificate.Status != CertificateStatus.Revoked)
        {
            if (request.ConcurrencyStamp is { Length: > 0 } stamp)
            {
                db.Entry(certificate).Property(c => c.ConcurrencyStamp).OriginalValue = stamp;
            }
            certificate.Status = CertificateStatus.Revoked;
            certificate.RevokedAt = clock.Now;
            certificate.RevokeReason = reason;
            await db.SaveChangesAsync(cancellationToken);
        }
        return CertificateView.ToDto(certificate, links);
    }

    private async Task<IQueryable<Certificate>> ForExamAsync(Guid examId, string? search, CancellationToken cancellationToken)
    {
        await exams.FindAsync(examId, cancellationToken);
        await examCertificates.HealForExamAsync(examId, scope.IsBureau, cancellationToken);
        var attempts = db.Set<Attempt>().IgnoreQueryFilters().Where(a => a.ExamId == examId);
        var query = scope.Managed().AsNoTracking()
            .Where(c => c.SourceKind == ExamCertificates.SourceKind && attempts.Any(a => a.Id == c.SourceId));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var serial = term.ToUpperInvariant();
            query = query.Where(c => c.HolderName.Contains(term) || c.Serial.Contains(serial));
        }
        return query.OrderByDescending(c => c.IssuedAt).ThenBy(c => c.Serial);
    }
}
