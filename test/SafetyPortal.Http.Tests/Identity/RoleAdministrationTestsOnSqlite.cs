using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class RoleAdministrationTestsOnSqlite(SqlitePortalFactory factory) : RoleAdministrationTests<SqlitePortalFactory>(factory);
