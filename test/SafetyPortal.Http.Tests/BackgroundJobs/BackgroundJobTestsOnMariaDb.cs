using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.BackgroundJobs;

public sealed class BackgroundJobTestsOnMariaDb(MariaDbPortalFactory factory) : BackgroundJobTests<MariaDbPortalFactory>(factory);
