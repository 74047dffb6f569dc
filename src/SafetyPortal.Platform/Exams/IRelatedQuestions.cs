namespace SafetyPortal.Platform.Exams;

/// <summary>
/// How many live questions of the bank the current user sees are tagged with given risk categories; implemented by
/// the Exams module. Pages offer a short quiz from them (the Exams practice API draws it) only when there are enough.
/// </summary>
public interface IRelatedQuestions
{
    Task<int> CountAsync(IReadOnlyCollection<string> riskCategoryCodes, CancellationToken cancellationToken = default);
}
