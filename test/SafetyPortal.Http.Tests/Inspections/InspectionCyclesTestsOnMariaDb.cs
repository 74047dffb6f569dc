using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

public sealed class InspectionCyclesTestsOnMariaDb(MariaDbPortalFactory factory) : InspectionCyclesTests<MariaDbPortalFactory>(factory);
