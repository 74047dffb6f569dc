using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Text;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// Tells the bureau (its admins and inspectors) of a hazard confirmed as Major (重大事故隐患), in Chinese. The notices are
/// bureau rows: they are added and saved on the host, since the kernel's stamping gives a new row without a town the
/// current one. The caller saves the hazard first and runs both saves in one transaction.
/// </summary>
public sealed class MajorHazardReport(
    PortalDbContext db,
    ICurrentTenant tenant,
    IEnterpriseDirectory directory,
    INotificationPublisher publisher,
    IStringLocalizer<InspectionsResource> text)
{
    public const string NoticeKind = "Inspections.MajorHazard";

    private static readonly string[] BureauRoles = [PortalRoles.BureauAdmin, PortalRoles.BureauInspector];

    public async Task<int> SendAsync(Hazard hazard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        var enterprise = (await directory.GetAsync([hazard.EnterpriseId], cancellationToken)).GetValueOrDefault(hazard.EnterpriseId)?.Name ?? "";
        using (UiCulture.Chinese())
        {
            using var _ = tenant.Change(null);
            var recipients = await db.UserIdsInRolesAsync(BureauRoles, cancellationToken);
            var sent = await publisher.PublishAsync(new NotificationRequest(NoticeKind, recipients,
                text["Hazard.MajorNoticeTitle", enterprise, hazard.Description],
                hazard.Deadline is { } due ? text["Hazard.MajorNoticeBody", LocalTimeTagHelper.FormatChinaTime(due, "yyyy-MM-dd")].Value : null,
                $"/Inspections/Hazards/Details/{hazard.Id:D}"), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return sent;
        }
    }
}
