namespace SafetyPortal.Platform.Screening;

/// <summary>One choice of an options parameter: the stable value sent back and its label in the user's language.</summary>
public sealed record ScreeningOption(string Value, string Label);
