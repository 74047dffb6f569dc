using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class EnterpriseManagementTestsOnSqlite(SqlitePortalFactory factory) : EnterpriseManagementTests<SqlitePortalFactory>(factory);
