using SafetyPortal.Platform.Files;

namespace SafetyPortal.Platform.Workflows;

/// <summary>
/// The files users attached in the task forms of an instance (photos and documents of a form's file fields), for the
/// module whose record the instance is about: the hazard module takes the photos of the rectification step as the
/// hazard's after-photos. Implemented by the workflow module; runs in the instance's town.
/// </summary>
public interface IWorkflowTaskFiles
{
    /// <summary>The stored files attached at the instance's tasks of this element (every round of it), oldest first; files the store lost are left out.</summary>
    Task<IReadOnlyList<StoredFile>> OfElementAsync(Guid instanceId, string elementId, CancellationToken cancellationToken = default);
}
