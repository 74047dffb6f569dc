namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class PaperPageTestsOnSqlite(ExamSqliteFactory factory) : PaperPageTests<ExamSqliteFactory>(factory);
