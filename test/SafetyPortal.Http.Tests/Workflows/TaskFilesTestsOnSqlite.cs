using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class TaskFilesTestsOnSqlite(SqlitePortalFactory factory) : TaskFilesTests<SqlitePortalFactory>(factory);
