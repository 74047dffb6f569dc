using SafetyPortal.Http.Tests.ExamAttempts;

namespace SafetyPortal.Http.Tests.ExamPractice;

public sealed class PracticeTestsOnSqlite(ExamSqliteFactory factory) : PracticeTests<ExamSqliteFactory>(factory);
