namespace SafetyPortal.Exams.Interop;

/// <summary>Why a reader could not make a question (or a file) out of what it read; the import words it for the user.</summary>
public enum ParseProblem
{
    /// <summary>A question type the bank does not have (essay, matching, numerical, ...); the detail names it.</summary>
    UnsupportedType = 1,

    /// <summary>No option or answer is marked right.</summary>
    NoCorrectAnswer = 2,

    /// <summary>GIFT: an answer block opened with { is never closed.</summary>
    UnclosedBlock = 3,

    /// <summary>Aiken: a question's options are not followed by an ANSWER: line.</summary>
    NoAnswerLine = 4,

    /// <summary>Aiken: the ANSWER: line names a letter that is not an option.</summary>
    AnswerNotAnOption = 5,

    /// <summary>Something the format requires is missing or unreadable; the detail says what.</summary>
    Malformed = 6,

    /// <summary>The whole file is not of the format (not XML, not a Moodle quiz file).</summary>
    NotTheFormat = 7,
}
