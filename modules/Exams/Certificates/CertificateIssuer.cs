using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Certificates;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// The kernel's <see cref="ICertificateIssuer"/>: one certificate per source (unique index on SourceKind + SourceId),
/// looked up across towns because the deadline sweep issues for every town. Two issues racing for one source: the
/// unique index lets one insert win and the other answers with the winner's serial. Only the new row is let go on a
/// refusal, never the caller's other tracked entities.
/// </summary>
public sealed class CertificateIssuer(PortalDbContext db, ITenantStore towns, ExamClock clock) : ICertificateIssuer
{
    private const int MaxTries = 3;

    public async Task<string> IssueAsync(CertificateRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindSerialAsync(request, cancellationToken) is { } existing)
            {
                return existing;
            }
            var now = clock.Now;
            var certificate = new Certificate
            {
                TenantId = request.TenantId, Serial = CertificateSerial.New(now), UserId = request.UserId, HolderName = request.HolderName.Trim(),
                Title = request.Title.Trim(), LinesJson = JsonSerializer.Serialize(request.Lines), SourceKind = request.SourceKind,
                SourceId = request.SourceId, IssuedAt = now, TownName = await TownNameAsync(request.TenantId, cancellationToken),
            };
            db.Add(certificate);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return certificate.Serial;
            }
            catch (DbUpdateException) when (attempt < MaxTries)
            {
                // The same source issued meanwhile (found on the next turn), or, once in 10^15, a serial taken: a new one.
                db.Entry(certificate).State = EntityState.Detached;
            }
            catch
            {
                // Never leave the row pending in the caller's context (the sweep saves its next attempt with it).
                db.Entry(certificate).State = EntityState.Detached;
                throw;
            }
        }
    }

    private Task<string?> FindSerialAsync(CertificateRequest request, CancellationToken cancellationToken) =>
        db.Set<Certificate>().IgnoreQueryFilters().Where(c => c.SourceKind == request.SourceKind && c.SourceId == request.SourceId)
            .Select(c => c.Serial).FirstOrDefaultAsync(cancellationToken);

    private async Task<string?> TownNameAsync(Guid? tenantId, CancellationToken cancellationToken) =>
        tenantId is { } id ? (await towns.FindByIdAsync(id, cancellationToken))?.Name : null;

    private static void Check(CertificateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        Require(errors, nameof(request.HolderName), request.HolderName, CertificateRequest.MaxHolderNameLength);
        Require(errors, nameof(request.Title), request.Title, CertificateRequest.MaxTitleLength);
        Require(errors, nameof(request.SourceKind), request.SourceKind, CertificateRequest.MaxSourceKindLength);
        if (request.Lines is null || request.Lines.Count > CertificateRequest.MaxLines
            || request.Lines.Any(l => l is null || l.Length > CertificateRequest.MaxLineLength))
        {
            errors.Add(nameof(request.Lines), $"At most {CertificateRequest.MaxLines} lines of {CertificateRequest.MaxLineLength} characters.");
        }
        errors.ThrowIfAny();
    }

    private static void Require(ValidationErrors errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            errors.Add(field, $"Required, at most {maxLength} characters.");
        }
    }
}
