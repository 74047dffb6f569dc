using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Notifications;

public sealed class NotificationPurgeTestsOnMariaDb(MariaDbPortalFactory factory) : NotificationPurgeTests<MariaDbPortalFactory>(factory);
