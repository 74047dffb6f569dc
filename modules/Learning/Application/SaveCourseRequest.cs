using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Create or edit a course. OwnerUnitId names the enterprise of an internal course: required for enterprise staff
/// (defaults to their only enterprise), optional for town staff, not allowed on the host.
/// </summary>
public sealed record SaveCourseRequest(
    string? Title,
    string? Description = null,
    KeySites KeySites = KeySites.None,
    IReadOnlyList<string>? RiskCategories = null,
    IReadOnlyList<string>? Industries = null,
    IReadOnlyList<string>? Positions = null,
    Guid? OwnerUnitId = null,
    string? ConcurrencyStamp = null);
