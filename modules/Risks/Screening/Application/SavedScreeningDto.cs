namespace SafetyPortal.Risks.Screening.Application;

/// <summary>A saved screening as its owner and (when shared) the town see it; IsOwn says whether the reader may change it.</summary>
public sealed record SavedScreeningDto(
    Guid Id,
    string Name,
    IReadOnlyList<ScreeningConditionRequest> Conditions,
    bool IsShared,
    bool IsOwn,
    string? OwnerName,
    DateTime CreationTime,
    string ConcurrencyStamp);
