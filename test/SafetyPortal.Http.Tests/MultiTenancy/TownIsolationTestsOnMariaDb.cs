using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.MultiTenancy;

public sealed class TownIsolationTestsOnMariaDb(MariaDbPortalFactory factory) : TownIsolationTests<MariaDbPortalFactory>(factory);
