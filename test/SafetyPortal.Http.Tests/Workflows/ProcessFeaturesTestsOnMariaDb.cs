using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class ProcessFeaturesTestsOnMariaDb(MariaDbPortalFactory factory) : ProcessFeaturesTests<MariaDbPortalFactory>(factory);
