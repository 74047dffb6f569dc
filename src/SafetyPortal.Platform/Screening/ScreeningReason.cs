namespace SafetyPortal.Platform.Screening;

/// <summary>Why an enterprise matched one condition, short and in the user's language, e.g. "重大风险 3 处".</summary>
public sealed record ScreeningReason(string Text, ScreeningTone Tone = ScreeningTone.Neutral);
