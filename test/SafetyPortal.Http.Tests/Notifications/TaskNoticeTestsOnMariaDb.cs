using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Notifications;

public sealed class TaskNoticeTestsOnMariaDb(MariaDbPortalFactory factory) : TaskNoticeTests<MariaDbPortalFactory>(factory);
