using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.MultiTenancy;

public sealed class TownIsolationTestsOnSqlite(SqlitePortalFactory factory) : TownIsolationTests<SqlitePortalFactory>(factory);
