using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.Domain;

/// <summary>One tag of a case-warning article; the reading list filters by them.</summary>
public class CaseWarningTag : Entity, IMultiTenant
{
    public const int MaxCodeLength = 64;

    public Guid? TenantId { get; set; }
    public Guid ArticleId { get; set; }
    public CaseWarningTagKind Kind { get; set; }
    public string Code { get; set; } = "";
}
