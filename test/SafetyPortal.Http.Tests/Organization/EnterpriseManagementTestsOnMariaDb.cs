using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class EnterpriseManagementTestsOnMariaDb(MariaDbPortalFactory factory) : EnterpriseManagementTests<MariaDbPortalFactory>(factory);
