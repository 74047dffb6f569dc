using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Plans;

/// <summary>One member of the town's staff as the audience rules see them: their main post, groups and the enterprise's industry.</summary>
public sealed record StaffPerson(
    Guid UserId,
    Guid EnterpriseId,
    Guid UnitId,
    string UnitCode,
    string? Position,
    DateTime MemberSince,
    TrainingAudience Audience,
    string? IndustryCode);
