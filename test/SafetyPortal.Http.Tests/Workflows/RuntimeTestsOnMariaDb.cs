using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class RuntimeTestsOnMariaDb(MariaDbPortalFactory factory) : RuntimeTests<MariaDbPortalFactory>(factory);
