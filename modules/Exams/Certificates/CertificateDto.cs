namespace SafetyPortal.Exams.Certificates;

/// <summary>A certificate as its holder and the exam's managers see it; <see cref="VerifyUrl"/> is what its QR code holds.</summary>
public sealed record CertificateDto(
    Guid Id,
    string Serial,
    Guid? UserId,
    string HolderName,
    string Title,
    IReadOnlyList<string> Lines,
    string? TownName,
    DateTime IssuedAt,
    CertificateStatus Status,
    DateTime? RevokedAt,
    string? RevokeReason,
    string VerifyUrl,
    string ConcurrencyStamp);
