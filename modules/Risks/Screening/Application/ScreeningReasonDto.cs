using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>Why one enterprise matched one condition: the condition (key and name) and the reason, with its badge colour.</summary>
public sealed record ScreeningReasonDto(string Key, string Condition, string Text, ScreeningTone Tone);
