namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamGateTestsOnSqlite(ExamSqliteFactory factory) : ExamGateTests<ExamSqliteFactory>(factory);
