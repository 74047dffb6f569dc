using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.MultiTenancy;

public sealed class TenantResolutionTestsOnSqlite(SqlitePortalFactory factory) : TenantResolutionTests<SqlitePortalFactory>(factory);
