using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Application;

/// <summary>List filters: status (authoring), owner, a key site, and a tag of any kind (its code).</summary>
public sealed record CourseFilter(CourseStatus? Status = null, CourseOwner? Owner = null, KeySites? KeySite = null, string? Tag = null);
