using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

public sealed class HazardsTestsOnMariaDb(MariaDbPortalFactory factory) : HazardsTests<MariaDbPortalFactory>(factory);
