namespace SafetyPortal.Exams.Domain;

/// <summary>What a <see cref="QuestionTag"/> code means (key sites and processes are a flag set on the question).</summary>
public enum QuestionTagKind
{
    /// <summary>A risk category code of the risk catalogue (stable across its versions and towns).</summary>
    RiskCategory = 1,

    /// <summary>An industry code of GB/T 4754 (e.g. C33), as enterprises carry it.</summary>
    Industry = 2,

    /// <summary>A position the question is for: a built-in role name or a post (e.g. 电工).</summary>
    Position = 3,
}
