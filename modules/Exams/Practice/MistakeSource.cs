namespace SafetyPortal.Exams.Practice;

/// <summary>Where a question of the mistake book (错题本) was last answered wrong.</summary>
public enum MistakeSource
{
    /// <summary>练习: a wrong practice answer.</summary>
    Practice = 1,

    /// <summary>考试: a question of a submitted exam attempt that scored less than its points.</summary>
    Exam = 2,
}
