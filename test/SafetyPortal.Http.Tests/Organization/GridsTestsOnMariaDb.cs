using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class GridsTestsOnMariaDb(MariaDbPortalFactory factory) : GridsTests<MariaDbPortalFactory>(factory);
