using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class TaskFilesTestsOnMariaDb(MariaDbPortalFactory factory) : TaskFilesTests<MariaDbPortalFactory>(factory);
