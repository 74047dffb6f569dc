using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Notifications;

public sealed class NotificationTestsOnMariaDb(MariaDbPortalFactory factory) : NotificationTests<MariaDbPortalFactory>(factory);
