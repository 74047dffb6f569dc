namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class ExamAttemptTestsOnMariaDb(ExamMariaDbFactory factory) : ExamAttemptTests<ExamMariaDbFactory>(factory);
