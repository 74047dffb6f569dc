using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class ImportTestsOnMariaDb(MariaDbPortalFactory factory) : ImportTests<MariaDbPortalFactory>(factory);
