namespace SafetyPortal.Exams.Certificates;

/// <summary>What the public verification page tells anyone holding the serial: the holder's name partly masked.</summary>
public sealed record CertificateVerificationDto(
    string Serial,
    string HolderName,
    string Title,
    DateTime IssuedAt,
    string? TownName,
    CertificateStatus Status,
    DateTime? RevokedAt,
    string? RevokeReason);
