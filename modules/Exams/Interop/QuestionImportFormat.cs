namespace SafetyPortal.Exams.Interop;

/// <summary>The ?format= of the import: moodlexml, gift, aiken or xlsx.</summary>
public enum QuestionImportFormat
{
    MoodleXml,
    Gift,
    Aiken,
    Xlsx,
}
