namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamResultsTestsOnMariaDb(ExamMariaDbFactory factory) : ExamResultsTests<ExamMariaDbFactory>(factory);
