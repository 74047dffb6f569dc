namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamPaperRuleTestsOnMariaDb(ExamMariaDbFactory factory) : ExamPaperRuleTests<ExamMariaDbFactory>(factory);
