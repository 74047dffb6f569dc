namespace SafetyPortal.Platform.Learning;

/// <summary>What earned an entry of the credit-hour ledger (学时档案). Stored as its number: append, never renumber.</summary>
public enum CreditHourSource
{
    /// <summary>A lesson of a course completed in the Learning module.</summary>
    Lesson = 1,

    /// <summary>An article read to the end (knowledge base).</summary>
    Article = 2,

    /// <summary>An exam passed.</summary>
    Exam = 3,

    /// <summary>Offline (classroom, on-site) training recorded by the enterprise.</summary>
    Offline = 4,

    /// <summary>A correction entered by hand.</summary>
    Manual = 5,
}
