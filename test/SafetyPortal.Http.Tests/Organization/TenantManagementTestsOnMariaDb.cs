using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

public sealed class TenantManagementTestsOnMariaDb(MariaDbPortalFactory factory) : TenantManagementTests<MariaDbPortalFactory>(factory);
