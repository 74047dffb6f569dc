using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class TenantManagementTestsOnSqlite(SqlitePortalFactory factory) : TenantManagementTests<SqlitePortalFactory>(factory);
