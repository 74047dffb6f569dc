namespace SafetyPortal.Exams.Examination;

/// <summary>草稿 / 已发布.</summary>
public enum ExamStatus
{
    Draft = 1,
    Published = 2,
}
