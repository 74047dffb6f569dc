namespace SafetyPortal.Exams.Certificates;

/// <summary>撤销: the reason is required and shown on the verification page.</summary>
public sealed record RevokeCertificateRequest(string? Reason, string? ConcurrencyStamp);
