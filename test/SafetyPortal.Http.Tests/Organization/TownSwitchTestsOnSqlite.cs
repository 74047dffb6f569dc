using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class TownSwitchTestsOnSqlite(SqlitePortalFactory factory) : TownSwitchTests<SqlitePortalFactory>(factory);
