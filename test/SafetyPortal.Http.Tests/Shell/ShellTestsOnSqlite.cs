using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Shell;

public sealed class ShellTestsOnSqlite(SqlitePortalFactory factory) : ShellTests<SqlitePortalFactory>(factory);
