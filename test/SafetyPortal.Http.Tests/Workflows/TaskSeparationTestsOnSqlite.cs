using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class TaskSeparationTestsOnSqlite(SqlitePortalFactory factory) : TaskSeparationTests<SqlitePortalFactory>(factory);
