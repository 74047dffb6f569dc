using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class TaskSeparationTestsOnMariaDb(MariaDbPortalFactory factory) : TaskSeparationTests<MariaDbPortalFactory>(factory);
