namespace SafetyPortal.Http.Tests.Articles;

public sealed record MustReadAssignmentDocument(Guid Id, Guid ArticleId, string ArticleTitle, bool IsEnterprises, string? OrganizationUnitCode,
    string Audience, decimal CreditHours, DateTime? Deadline, DateTime AssignedTime, int Recipients, int Read);

public sealed record MustReadPersonDocument(Guid UserId, string Name, Guid EnterpriseId, string EnterpriseName, Guid UnitId, string? UnitName,
    DateTime? ReadToEndAt);

public sealed record MyMustReadDocument(Guid AssignmentId, Guid ArticleId, string ArticleTitle, decimal CreditHours, DateTime? Deadline,
    DateTime? ReadToEndAt, bool Overdue);

public sealed record RemindedDocument(int Reminded);

public sealed record RelatedLearningDocument(List<string> RiskCategoryCodes, List<RelatedCourseDocument> Courses, int QuizQuestions, int QuizSize);

public sealed record RelatedCourseDocument(Guid Id, string Title, decimal CreditHours, string Url);
