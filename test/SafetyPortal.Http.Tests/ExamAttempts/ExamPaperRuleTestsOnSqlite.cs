namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamPaperRuleTestsOnSqlite(ExamSqliteFactory factory) : ExamPaperRuleTests<ExamSqliteFactory>(factory);
