using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class TownOverviewTestsOnMariaDb(MariaDbPortalFactory factory) : TownOverviewTests<MariaDbPortalFactory>(factory);
