using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class RuntimeConcurrencyTestsOnMariaDb(MariaDbPortalFactory factory) : RuntimeConcurrencyTests<MariaDbPortalFactory>(factory);
