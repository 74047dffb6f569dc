using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class UserAdministrationTestsOnSqlite(SqlitePortalFactory factory) : UserAdministrationTests<SqlitePortalFactory>(factory);
