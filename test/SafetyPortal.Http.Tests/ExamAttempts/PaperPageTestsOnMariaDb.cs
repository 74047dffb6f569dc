namespace SafetyPortal.Http.Tests.ExamAttempts;

public sealed class PaperPageTestsOnMariaDb(ExamMariaDbFactory factory) : PaperPageTests<ExamMariaDbFactory>(factory);
