using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Settings;

public sealed class SettingsTestsOnSqlite(SqlitePortalFactory factory) : SettingsTests<SqlitePortalFactory>(factory);
