namespace SafetyPortal.Platform.Learning;

/// <summary>
/// One enterprise's training in a period: <paramref name="Staff"/> people on its roster now, <paramref name="StaffTrained"/>
/// of them with credit hours in the period (coverage), their <paramref name="Hours"/>, the active enrolments whose deadline
/// fell in the period (<paramref name="EnrolmentsDue"/>) and of those the ones completed by the deadline.
/// </summary>
public sealed record EnterpriseTrainingFigures(Guid EnterpriseId, int Staff, int StaffTrained, decimal Hours, int EnrolmentsDue, int CompletedOnTime);
