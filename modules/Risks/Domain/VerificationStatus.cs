namespace SafetyPortal.Risks.Domain;

/// <summary>The town's review of what the enterprise reported: every report or change waits for it again.</summary>
public enum VerificationStatus
{
    Pending = 1,
    Verified = 2,
    Returned = 3,
}
