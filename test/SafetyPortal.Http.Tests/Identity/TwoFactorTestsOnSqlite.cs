using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class TwoFactorTestsOnSqlite(SqlitePortalFactory factory) : TwoFactorTests<SqlitePortalFactory>(factory);
