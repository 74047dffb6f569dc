using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class GridsTestsOnSqlite(SqlitePortalFactory factory) : GridsTests<SqlitePortalFactory>(factory);
