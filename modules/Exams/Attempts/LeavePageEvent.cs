using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 切屏记录: one visibility change of an attempt's page, as the server received it (<see cref="Time"/>, the only clock)
/// and, when the page sent it, as the candidate's device saw it (<see cref="ClientTime"/>, for managers to compare).
/// Written in the same save as the attempt's <see cref="Attempt.LeavePageCount"/>. A log itself, so not audited again.
/// </summary>
[DisableAuditing]
public class LeavePageEvent : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid AttemptId { get; set; }
    public LeavePageEventKind Kind { get; set; }

    /// <summary>The server's clock when the event arrived (UTC).</summary>
    public DateTime Time { get; set; }

    /// <summary>The device's clock when the page noticed it (UTC); null when not sent or implausible.</summary>
    public DateTime? ClientTime { get; set; }
}
