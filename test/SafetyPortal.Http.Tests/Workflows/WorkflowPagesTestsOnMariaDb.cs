using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class WorkflowPagesTestsOnMariaDb(MariaDbPortalFactory factory) : WorkflowPagesTests<MariaDbPortalFactory>(factory);
