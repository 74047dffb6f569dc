namespace SafetyPortal.Platform.Notifications;

/// <summary>
/// One notice for a set of users of the current town (or the bureau). Title and body are already in the recipients'
/// language (zh-CN by default); <see cref="Url"/> is the local page the notice opens.
/// </summary>
/// <param name="Kind">A stable name per kind of notice, e.g. "Workflows.TaskAssigned", "Learning.PlanOverdue"; users filter by it.</param>
/// <param name="Recipients">User ids; duplicates and unknown ids are ignored.</param>
/// <param name="Title">Up to 256 characters (longer is cut).</param>
/// <param name="Body">Optional, up to 2,000 characters.</param>
/// <param name="Url">Optional local path, e.g. "/Workflows/Tasks/Task?id={id}".</param>
/// <param name="AlsoSms">Also text the active recipients who have a mobile number. Numbers are entered by administrators and
/// imports and trusted as the user's own (password recovery sends its codes there too); the portal has no confirmation step.</param>
public sealed record NotificationRequest(
    string Kind,
    IReadOnlyCollection<Guid> Recipients,
    string Title,
    string? Body = null,
    string? Url = null,
    bool AlsoSms = false);
