namespace SafetyPortal.Platform.Learning;

/// <summary>A published course as other modules link to it: id, title, credit hours and its page.</summary>
public sealed record RelatedCourse(Guid Id, string Title, decimal CreditHours, string Url);
