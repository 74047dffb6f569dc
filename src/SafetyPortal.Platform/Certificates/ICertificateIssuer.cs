namespace SafetyPortal.Platform.Certificates;

/// <summary>
/// 证书: issues a certificate with a random, typable serial number, verifiable by anyone at the public verification
/// page. Implemented by the Exams module; other modules (commendations) call it without referencing Exams. Idempotent
/// per <see cref="CertificateRequest.SourceKind"/> and <see cref="CertificateRequest.SourceId"/>: asking again for the
/// same source returns the serial already issued and changes nothing. Saves on its own (the caller's pending changes
/// in the shared context are saved with it).
/// </summary>
public interface ICertificateIssuer
{
    /// <summary>The serial number of the certificate for this source, issued now if there was none.</summary>
    Task<string> IssueAsync(CertificateRequest request, CancellationToken cancellationToken = default);
}
