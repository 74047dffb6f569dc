using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Screening;

public sealed class ScreeningTestsOnSqlite(SqlitePortalFactory factory) : ScreeningTests<SqlitePortalFactory>(factory);
