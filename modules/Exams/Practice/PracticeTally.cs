using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>A user's practice counts: questions answered and answered right, and when last. One row per user, raised in the database.</summary>
public class PracticeTally : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }
    public int Answered { get; set; }
    public int Correct { get; set; }
    public DateTime LastPracticedAt { get; set; }
}
