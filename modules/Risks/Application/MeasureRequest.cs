using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>One control measure of a risk point as the enterprise states it.</summary>
public sealed record MeasureRequest(string? Description, MeasureFrequency Frequency, string? ResponsibleRole);
