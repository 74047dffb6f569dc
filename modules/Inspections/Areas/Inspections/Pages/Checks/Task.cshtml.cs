using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Checks;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Checks;

/// <summary>
/// The checklist of one inspection task, rendered in full (so it reads without script and from the offline cache);
/// checklist.js saves each answer at once, queues it on the phone while offline, and submits with the location.
/// </summary>
[Authorize(Policy = InspectionsPermissions.Checks.Default)]
public sealed class TaskModel(InspectionBoard board, IStringLocalizer<InspectionsResource> text) : PageModel
{
    private static readonly string[] ScriptTexts =
    [
        "Check.Saved", "Check.Saving", "Check.Offline", "Check.Refused", "Check.Submit", "Check.Submitting", "Check.Locating",
        "Check.SubmitOffline", "Check.SubmitFailed", "Check.ConfirmSubmit", "Check.SubmittedNotice", "Check.ReadOnlyClosed", "Check.ReadOnlyNotYours",
        "Check.Unanswered", "Check.FailedNeedsNote", "Check.FailedNeedsPhoto", "Check.PhotosWaiting", "Check.Progress", "Answer.Pending",
        "TaskStatus.Open", "TaskStatus.InProgress", "TaskStatus.Submitted", "TaskStatus.Missed",
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public InspectionTaskDetailDto Detail { get; private set; } = null!;

    /// <summary>The reader may still answer: theirs to do, its cycle open, not yet submitted or missed.</summary>
    public bool Editable => Detail.Task.MayPerform && Detail.CycleOpen
        && Detail.Task.Status is nameof(InspectionTaskStatus.Open) or nameof(InspectionTaskStatus.InProgress);

    /// <summary>Why the page is read-only (a resource key), or null when it is not or the status says it.</summary>
    public string? ReadOnlyReason => Editable || Detail.Task.Status is nameof(InspectionTaskStatus.Submitted) or nameof(InspectionTaskStatus.Missed)
        ? null
        : Detail.Task.MayPerform ? "Check.ReadOnlyClosed" : "Check.ReadOnlyNotYours";

    /// <summary>The items by risk point in checklist order; the general items (no risk point) last, under a null key.</summary>
    public IEnumerable<IGrouping<string?, ChecklistItemDto>> Groups =>
        Detail.Items.GroupBy(i => i.RiskPoint).OrderBy(g => g.Key is null).ThenBy(g => g.Min(i => i.SortOrder));

    public string Texts => JsonSerializer.Serialize(ScriptTexts.ToDictionary(k => k, k => text[k].Value));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Detail = await board.GetAsync(Id, cancellationToken);
}
