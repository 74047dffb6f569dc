using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Certificates;

/// <summary>我的证书, one certificate for its holder or a manager, and the public verification by serial.</summary>
public sealed class ReadCertificates(PortalDbContext db, CertificateScope scope, ExamCertificates exams, CertificateLinks links)
{
    /// <summary>The user's certificates, newest first; a passed exam whose certificate is missing gets it first.</summary>
    public async Task<PagedResult<CertificateDto>> MineAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await exams.HealForUserAsync(scope.UserId, cancellationToken);
        var result = await scope.Mine().AsNoTracking().OrderByDescending(c => c.IssuedAt).ThenBy(c => c.Serial).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<CertificateDto>([.. result.Items.Select(c => CertificateView.ToDto(c, links))], result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<CertificateDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        CertificateView.ToDto(await scope.FindReadableAsync(id, cancellationToken), links);

    /// <summary>Anyone, by serial (typed or scanned); another town's certificate too: the serial is the key. Unknown: 404.</summary>
    public async Task<CertificateVerificationDto> VerifyAsync(string? serial, CancellationToken cancellationToken)
    {
        var normalised = CertificateSerial.Normalise(serial) ?? throw new EntityNotFoundException(typeof(Certificate), serial ?? "");
        var certificate = await db.Set<Certificate>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.Serial == normalised, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Certificate), normalised);
        return CertificateView.ToVerification(certificate);
    }
}
