namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamAttemptTestsOnSqlite(ExamSqliteFactory factory) : ExamAttemptTests<ExamSqliteFactory>(factory);
