namespace SafetyPortal.Inspections;

/// <summary>Rectification deadlines by hazard level (days from the level's confirmation) and the photo size limit, set by the bureau or per town.</summary>
public static class InspectionsSettings
{
    /// <summary>Days an enterprise has to rectify a General hazard (一般事故隐患).</summary>
    public const string GeneralRectificationDays = "Inspections.Hazards.GeneralRectificationDays";

    /// <summary>Days an enterprise has to rectify a Major hazard (重大事故隐患).</summary>
    public const string MajorRectificationDays = "Inspections.Hazards.MajorRectificationDays";

    /// <summary>The largest hazard photo accepted, in megabytes (a phone's photo is 2–8 MB).</summary>
    public const string PhotoMaxMegabytes = "Inspections.Hazards.PhotoMaxMegabytes";

    public const int DefaultGeneralRectificationDays = 7;
    public const int DefaultMajorRectificationDays = 30;
    public const int MaxRectificationDays = 365;
    public const int DefaultPhotoMaxMegabytes = 15;
}
