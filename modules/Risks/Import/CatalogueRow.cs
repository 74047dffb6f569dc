using SafetyPortal.Risks.Application;

namespace SafetyPortal.Risks.Import;

/// <summary>An accepted row of a catalogue import.</summary>
internal sealed record CatalogueRow(string Code, string IndustryCode, string? IndustryName, SaveCategoryRequest Request);
