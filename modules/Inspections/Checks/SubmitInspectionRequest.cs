namespace SafetyPortal.Inspections.Checks;

/// <summary>The submission of a finished checklist, with where the phone was (WGS-84) when it can tell.</summary>
public sealed record SubmitInspectionRequest(decimal? Latitude = null, decimal? Longitude = null);
