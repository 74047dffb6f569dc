using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class ApiSignInTestsOnSqlite(SqlitePortalFactory factory) : ApiSignInTests<SqlitePortalFactory>(factory);
