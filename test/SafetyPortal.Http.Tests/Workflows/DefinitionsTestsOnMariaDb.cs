using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class DefinitionsTestsOnMariaDb(MariaDbPortalFactory factory) : DefinitionsTests<MariaDbPortalFactory>(factory);
