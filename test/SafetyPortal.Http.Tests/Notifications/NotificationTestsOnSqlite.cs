using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Notifications;

public sealed class NotificationTestsOnSqlite(SqlitePortalFactory factory) : NotificationTests<SqlitePortalFactory>(factory);
