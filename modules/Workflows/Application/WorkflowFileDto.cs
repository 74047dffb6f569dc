namespace SafetyPortal.Workflows.Application;

/// <summary>
/// What a form field stores for an uploaded file (and what the upload answers): enough to show and download it.
/// </summary>
public sealed record FileReferenceDto(Guid Id, string Name, string ContentType, long Size, string Url);

/// <summary>A file of an instance as the task page lists it: which step it came from, who uploaded it, when.</summary>
public sealed record WorkflowFileDto(
    Guid Id, string Name, string ContentType, long Size, string Url, string ElementId, string StepName, Guid? TaskId, string? CreatedBy,
    DateTime CreationTime, bool IsImage);
