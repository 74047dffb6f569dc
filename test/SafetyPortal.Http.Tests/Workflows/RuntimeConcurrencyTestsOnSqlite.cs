using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class RuntimeConcurrencyTestsOnSqlite(SqlitePortalFactory factory) : RuntimeConcurrencyTests<SqlitePortalFactory>(factory);
