namespace SafetyPortal.Risks.Application;

/// <summary>A catalogue entry with its current content and the list of its versions.</summary>
public sealed record CategoryDetailDto(
    Guid Id, Guid IndustryId, string IndustryName, string Code, bool IsRetired, bool IsShared, bool CanEdit,
    CategoryVersionDto Current, IReadOnlyList<CategoryVersionSummary> Versions, string ConcurrencyStamp);
