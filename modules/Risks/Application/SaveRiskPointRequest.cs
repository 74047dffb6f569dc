using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>
/// A risk point as the enterprise reports it. The level follows from the assessment numbers; EnterpriseId may be
/// left out by enterprise staff of exactly one enterprise. ConcurrencyStamp is the one read, for edits.
/// </summary>
public sealed record SaveRiskPointRequest(
    Guid? EnterpriseId,
    string? CategoryCode,
    string? Name,
    string? Location,
    string? Equipment,
    AssessmentMethod Method,
    decimal Likelihood,
    decimal? Exposure,
    decimal Severity,
    string? ResponsiblePerson,
    string? ResponsiblePhone,
    IReadOnlyList<MeasureRequest>? Measures,
    string? ConcurrencyStamp = null);
