namespace SafetyPortal.Exams.Domain;

/// <summary>题型: 单选 / 多选 / 判断 / 填空.</summary>
public enum QuestionKind
{
    /// <summary>单选: exactly one correct option.</summary>
    SingleChoice = 1,

    /// <summary>多选: at least one correct option; partial credit through the options' fractions.</summary>
    MultipleChoice = 2,

    /// <summary>判断: exactly two options (true first, false second), one of them correct.</summary>
    TrueFalse = 3,

    /// <summary>填空: one or more blanks, each with its accepted answers.</summary>
    FillInBlank = 4,
}
