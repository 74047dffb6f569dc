namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Setting names of case warnings (defined in <see cref="CaseWarningServices.DefineSettings"/>).</summary>
public static class CaseWarningSettings
{
    /// <summary>Largest cover image in megabytes (default 2: covers are shown on phones).</summary>
    public const string MaxCoverMegabytes = "Articles.CaseWarnings.MaxCoverMegabytes";

    public const long DefaultMaxCoverMegabytes = 2;
}
