using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.MultiTenancy;

public sealed class TenantResolutionTestsOnMariaDb(MariaDbPortalFactory factory) : TenantResolutionTests<MariaDbPortalFactory>(factory);
