using SafetyPortal.Http.Tests.ExamAttempts;

namespace SafetyPortal.Http.Tests.Certificates;

public sealed class CertificateTestsOnSqlite(ExamSqliteFactory factory) : CertificateTests<ExamSqliteFactory>(factory);
