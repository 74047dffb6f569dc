using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Notifications;

public sealed class NotificationPurgeTestsOnSqlite(SqlitePortalFactory factory) : NotificationPurgeTests<SqlitePortalFactory>(factory);
