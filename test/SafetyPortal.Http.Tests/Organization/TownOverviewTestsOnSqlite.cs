using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class TownOverviewTestsOnSqlite(SqlitePortalFactory factory) : TownOverviewTests<SqlitePortalFactory>(factory);
