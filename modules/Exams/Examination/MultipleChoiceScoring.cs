namespace SafetyPortal.Exams.Examination;

/// <summary>How a multiple-choice question is scored.</summary>
public enum MultipleChoiceScoring
{
    /// <summary>Full points for exactly the correct options, nothing otherwise.</summary>
    AllOrNothing = 1,

    /// <summary>Each chosen option adds its fraction (wrong ones subtract); never below zero.</summary>
    Partial = 2,
}
