using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

public sealed record MeasureDto(string Description, MeasureFrequency Frequency, string ResponsibleRole);
