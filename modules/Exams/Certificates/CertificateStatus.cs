namespace SafetyPortal.Exams.Certificates;

public enum CertificateStatus
{
    /// <summary>有效.</summary>
    Valid = 1,

    /// <summary>已撤销, with a reason.</summary>
    Revoked = 2,
}
