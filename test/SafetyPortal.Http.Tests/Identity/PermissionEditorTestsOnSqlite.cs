using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class PermissionEditorTestsOnSqlite(SqlitePortalFactory factory) : PermissionEditorTests<SqlitePortalFactory>(factory);
