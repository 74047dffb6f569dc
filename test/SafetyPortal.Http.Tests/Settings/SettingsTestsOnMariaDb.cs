using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Settings;

public sealed class SettingsTestsOnMariaDb(MariaDbPortalFactory factory) : SettingsTests<MariaDbPortalFactory>(factory);
