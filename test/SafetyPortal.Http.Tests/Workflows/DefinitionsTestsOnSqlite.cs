using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class DefinitionsTestsOnSqlite(SqlitePortalFactory factory) : DefinitionsTests<SqlitePortalFactory>(factory);
