using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.Domain;

/// <summary>One person a must-read assignment reached, and when they read the article to the end (null: not yet).</summary>
public class MustReadRecipient : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid AssignmentId { get; set; }
    public Guid ArticleId { get; set; }
    public Guid UserId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid UnitId { get; set; }
    public DateTime? ReadToEndAt { get; set; }

    /// <summary>When they were last reminded (someone reminded within the hour is not reminded again).</summary>
    public DateTime? LastRemindedAt { get; set; }
}
