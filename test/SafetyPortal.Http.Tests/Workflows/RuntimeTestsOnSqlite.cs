using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class RuntimeTestsOnSqlite(SqlitePortalFactory factory) : RuntimeTests<SqlitePortalFactory>(factory);
