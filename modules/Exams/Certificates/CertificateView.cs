using System.Text.Json;

namespace SafetyPortal.Exams.Certificates;

/// <summary>Certificate rows as DTOs.</summary>
public static class CertificateView
{
    public static IReadOnlyList<string> Lines(Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return JsonSerializer.Deserialize<List<string>>(certificate.LinesJson) ?? [];
    }

    public static CertificateDto ToDto(Certificate c, CertificateLinks links)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(links);
        return new CertificateDto(c.Id, c.Serial, c.UserId, c.HolderName, c.Title, Lines(c), c.TownName, c.IssuedAt, c.Status, c.RevokedAt,
            c.RevokeReason, links.VerifyUrl(c.Serial), c.ConcurrencyStamp);
    }

    public static CertificateVerificationDto ToVerification(Certificate c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new CertificateVerificationDto(c.Serial, HolderNameMask.Mask(c.HolderName), c.Title, c.IssuedAt, c.TownName, c.Status, c.RevokedAt,
            c.RevokeReason);
    }
}
