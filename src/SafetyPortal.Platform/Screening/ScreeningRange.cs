namespace SafetyPortal.Platform.Screening;

/// <summary>A whole-number range with optional bounds, both inclusive; checked to be non-negative and ordered.</summary>
public sealed record ScreeningRange(int? Min, int? Max)
{
    public bool Contains(int value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <summary>Whether a count of zero matches: then enterprises without any rows match too.</summary>
    public bool IncludesZero => Contains(0);
}
