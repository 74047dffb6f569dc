using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Notifications;

public sealed class TaskNoticeTestsOnSqlite(SqlitePortalFactory factory) : TaskNoticeTests<SqlitePortalFactory>(factory);
