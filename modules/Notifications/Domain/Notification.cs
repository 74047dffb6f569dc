using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Notifications.Domain;

/// <summary>
/// One notice to one user (通知): shown under the bell until read. Not audited: notices follow from changes the audit log
/// already records, and a town-wide reminder would add a row per person.
/// </summary>
[DisableAuditing]
public class Notification : Entity, IMultiTenant, IHasCreationTime
{
    public const int KindLength = 128;
    public const int TitleLength = 256;
    public const int BodyLength = 2000;
    public const int UrlLength = 512;

    public Guid? TenantId { get; set; }

    public Guid RecipientId { get; set; }

    /// <summary>A stable name per kind of notice ("Workflows.TaskAssigned"); the centre filters by it.</summary>
    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Body { get; set; }

    /// <summary>The local page the notice opens, or null.</summary>
    public string? Url { get; set; }

    public DateTime CreationTime { get; set; }
    public DateTime? ReadTime { get; set; }
}
