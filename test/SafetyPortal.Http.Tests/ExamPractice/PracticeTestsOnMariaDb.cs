using SafetyPortal.Http.Tests.ExamAttempts;

namespace SafetyPortal.Http.Tests.ExamPractice;

public sealed class PracticeTestsOnMariaDb(ExamMariaDbFactory factory) : PracticeTests<ExamMariaDbFactory>(factory);
