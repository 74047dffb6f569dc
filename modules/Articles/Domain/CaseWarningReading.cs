using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.Domain;

/// <summary>
/// A reader's receipt of one article: when they first opened it and when they first reached its end. One per reader and
/// article; it belongs to the reader's town (a bureau article is read in every town).
/// </summary>
public class CaseWarningReading : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid ArticleId { get; set; }
    public Guid UserId { get; set; }
    public DateTime FirstOpenedAt { get; set; }
    public DateTime? ReadToEndAt { get; set; }
}
