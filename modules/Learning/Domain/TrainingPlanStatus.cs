namespace SafetyPortal.Learning.Domain;

/// <summary>A plan enrols nobody while a draft; publishing enrols its audience; closing stops new enrolments.</summary>
public enum TrainingPlanStatus
{
    Draft = 0,
    Published = 1,
    Closed = 2,
}
