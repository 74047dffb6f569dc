namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamResultsTestsOnSqlite(ExamSqliteFactory factory) : ExamResultsTests<ExamSqliteFactory>(factory);
