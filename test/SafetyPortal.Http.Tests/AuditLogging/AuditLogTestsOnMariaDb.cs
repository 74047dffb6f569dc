namespace SafetyPortal.Http.Tests.AuditLogging;

public sealed class AuditLogTestsOnMariaDb(AuditMariaDbPortalFactory factory) : AuditLogTests<AuditMariaDbPortalFactory>(factory);
