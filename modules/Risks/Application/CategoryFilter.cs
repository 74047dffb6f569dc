using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Risks.Application;

/// <summary>Catalogue list filters: an industry, any of the key sites given, retired entries too.</summary>
public sealed record CategoryFilter(Guid? IndustryId = null, KeySites? KeySite = null, bool IncludeRetired = false);
