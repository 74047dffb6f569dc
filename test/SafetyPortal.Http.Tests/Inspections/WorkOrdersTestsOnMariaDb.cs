using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

public sealed class WorkOrdersTestsOnMariaDb(MariaDbPortalFactory factory) : WorkOrdersTests<MariaDbPortalFactory>(factory);
