namespace SafetyPortal.Http.Tests.LearningPlans;

public sealed record PlanDocument(Guid Id, string Owner, Guid? EnterpriseId, string Title, string Audience, string Status, decimal RequiredHours,
    List<Guid> CourseIds, bool CanEdit, string ConcurrencyStamp);

public sealed record EnrolmentResultDocument(int Enrolled, int Updated, int Removed, int Deactivated, int TownsQueued);

public sealed record CompletionRowDocument(Guid? Id, string Key, string Name, int People, int Enrolled, int Completed, int Overdue,
    decimal HoursEarned, decimal HoursRequired, decimal CompletionRate);

public sealed record DashboardDocument(Guid EnterpriseId, string EnterpriseName, CompletionRowDocument Total, List<CompletionRowDocument> ByUnit,
    List<CompletionRowDocument> ByAudience, List<CompletionRowDocument> ByPlan);

public sealed record PersonRowDocument(Guid EnrolmentId, Guid UserId, string Name, Guid UnitId, string? UnitName, Guid PlanId, string PrimaryAudience,
    decimal HoursEarned, decimal RequiredHours, DateTime? CompletedTime, bool Overdue, DateTime? LastRemindedTime, int ReminderCount);

public sealed record RemindResultDocument(int Reminded, int SkippedRecentlyReminded, bool Notified);

public sealed record MyPlanCourseDocument(Guid CourseId, string Title, string Url);

public sealed record MyPlanDocument(Guid PlanId, string Title, decimal RequiredHours, decimal HoursEarned, bool Overdue, List<MyPlanCourseDocument> Courses);

public sealed record ComplianceResultDocument(int Year, string Category, bool HighRiskSector, string Kind, decimal RequiredHours, decimal EarnedHours,
    string ThreeLevelRequired, string Status);

public sealed record ComplianceDocument(Guid UserId, ComplianceResultDocument Result, string? IndustryCode);
