using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class PasswordRecoveryTestsOnSqlite(SqlitePortalFactory factory) : PasswordRecoveryTests<SqlitePortalFactory>(factory);
