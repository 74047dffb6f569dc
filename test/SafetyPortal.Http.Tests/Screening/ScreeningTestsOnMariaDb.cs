using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Screening;

public sealed class ScreeningTestsOnMariaDb(MariaDbPortalFactory factory) : ScreeningTests<MariaDbPortalFactory>(factory);
