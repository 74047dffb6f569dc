namespace SafetyPortal.Exams.Statistics;

/// <summary>Which people of an exam to list: one state, or everyone who has not passed (the default), or all.</summary>
public sealed record ExamPeopleFilter(ExamPersonState? State = null, bool All = false, Guid? EnterpriseId = null)
{
    public bool Includes(ExamPersonState state) => State is { } only ? state == only : All || state != ExamPersonState.Passed;
}
