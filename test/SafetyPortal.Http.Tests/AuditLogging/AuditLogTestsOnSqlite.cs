namespace SafetyPortal.Http.Tests.AuditLogging;

public sealed class AuditLogTestsOnSqlite(AuditSqlitePortalFactory factory) : AuditLogTests<AuditSqlitePortalFactory>(factory);
