namespace SafetyPortal.Learning.Domain;

public enum CourseStatus
{
    /// <summary>Being written; only its authors see it.</summary>
    Draft = 0,

    /// <summary>In the catalogue of everyone it is meant for.</summary>
    Published = 1,
}
