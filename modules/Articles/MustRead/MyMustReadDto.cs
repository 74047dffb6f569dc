namespace SafetyPortal.Articles.MustRead;

/// <summary>An article the signed-in user has to read: by when, for how many hours, and whether it is done.</summary>
public sealed record MyMustReadDto(Guid AssignmentId, Guid ArticleId, string ArticleTitle, decimal CreditHours, DateTime? Deadline, DateTime? ReadToEndAt, bool Overdue);
