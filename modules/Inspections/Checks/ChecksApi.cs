using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Files;

namespace SafetyPortal.Inspections.Checks;

/// <summary>/api/inspections/tasks: the inspection tasks (one's own to do with mine=true), a task's checklist, answers, the submission.</summary>
public static class ChecksApi
{
    public static IEndpointRouteBuilder MapChecksApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/inspections/tasks").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.Checks.Default);
        group.MapGet("", (Guid? cycleId, InspectionTier? tier, InspectionTaskStatus? status, bool? overdue, bool? flagged, bool? mine, Guid? enterpriseId,
                Guid? townId, [AsParameters] PageRequest page, InspectionBoard board, CancellationToken ct) =>
            board.ListAsync(new InspectionTaskFilter(cycleId, tier, status, overdue, flagged, mine ?? false, enterpriseId, townId), page, ct))
            .WithName("ListInspectionTasks");
        group.MapGet("/{id:guid}", (Guid id, InspectionBoard board, CancellationToken ct) => board.GetAsync(id, ct)).WithName("GetInspectionTask");
        group.MapPut("/{id:guid}/answers", (Guid id, ChecklistAnswersRequest request, AnswerChecklist answer, CancellationToken ct) =>
            answer.AnswerAsync(id, request, ct)).WithName("AnswerChecklist").ProducesValidationProblem();
        group.MapPost("/{id:guid}/submit", (Guid id, SubmitInspectionRequest? request, SubmitInspection submit, CancellationToken ct) =>
            submit.SubmitAsync(id, request ?? new SubmitInspectionRequest(), ct)).WithName("SubmitInspection").ProducesValidationProblem();
        group.MapGet("/{id:guid}/photos", (Guid id, ChecklistPhotos photos, CancellationToken ct) => photos.ListAsync(id, ct)).WithName("ListChecklistPhotos");
        group.MapPost("/{id:guid}/items/{itemId:guid}/photos", (Guid id, Guid itemId, HttpContext http, ChecklistPhotos photos, CancellationToken ct) =>
                photos.UploadAsync(id, itemId, () => UploadForm.ReadFilesAsync(http, "files", ct), ct))
            .WithName("UploadChecklistPhotos").WithSummary("multipart/form-data, field \"files\" (up to 9 photos per item; a photo the item has already is skipped)")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, ChecklistPhotos photos, CancellationToken ct) =>
            PhotoResults.Of(await photos.OpenAsync(id, photoId, false, ct), false)).WithName("GetChecklistPhoto");
        group.MapGet("/{id:guid}/photos/{photoId:guid}/thumbnail", async (Guid id, Guid photoId, ChecklistPhotos photos, CancellationToken ct) =>
            PhotoResults.Of(await photos.OpenAsync(id, photoId, true, ct), true)).WithName("GetChecklistPhotoThumbnail");
        return endpoints;
    }
}
