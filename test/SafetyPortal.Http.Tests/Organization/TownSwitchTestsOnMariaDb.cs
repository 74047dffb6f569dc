using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class TownSwitchTestsOnMariaDb(MariaDbPortalFactory factory) : TownSwitchTests<MariaDbPortalFactory>(factory);
