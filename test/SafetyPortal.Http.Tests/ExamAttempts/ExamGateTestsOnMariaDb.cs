namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamGateTestsOnMariaDb(ExamMariaDbFactory factory) : ExamGateTests<ExamMariaDbFactory>(factory);
