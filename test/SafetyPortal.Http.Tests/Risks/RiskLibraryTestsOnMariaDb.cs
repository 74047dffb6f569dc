using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Risks;

public sealed class RiskLibraryTestsOnMariaDb(MariaDbPortalFactory factory) : RiskLibraryTests<MariaDbPortalFactory>(factory);
