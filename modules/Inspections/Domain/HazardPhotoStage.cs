namespace SafetyPortal.Inspections.Domain;

/// <summary>When a hazard photo was taken: as found (整改前), or after the rectification (整改后).</summary>
public enum HazardPhotoStage
{
    Before = 0,
    After = 1,
}
