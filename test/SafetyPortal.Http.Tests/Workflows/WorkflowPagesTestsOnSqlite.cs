using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class WorkflowPagesTestsOnSqlite(SqlitePortalFactory factory) : WorkflowPagesTests<SqlitePortalFactory>(factory);
