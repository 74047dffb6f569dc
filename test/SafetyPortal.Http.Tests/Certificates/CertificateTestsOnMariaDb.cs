using SafetyPortal.Http.Tests.ExamAttempts;

namespace SafetyPortal.Http.Tests.Certificates;

public sealed class CertificateTestsOnMariaDb(ExamMariaDbFactory factory) : CertificateTests<ExamMariaDbFactory>(factory);
