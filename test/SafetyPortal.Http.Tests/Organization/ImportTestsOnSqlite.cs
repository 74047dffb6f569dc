using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class ImportTestsOnSqlite(SqlitePortalFactory factory) : ImportTests<SqlitePortalFactory>(factory);
