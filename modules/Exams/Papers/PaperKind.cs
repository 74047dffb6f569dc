namespace SafetyPortal.Exams.Papers;

/// <summary>固定试卷 or 随机组卷.</summary>
public enum PaperKind
{
    /// <summary>The same chosen questions for everyone.</summary>
    Fixed = 1,

    /// <summary>Questions drawn by rules at the start of each attempt.</summary>
    Rules = 2,
}
