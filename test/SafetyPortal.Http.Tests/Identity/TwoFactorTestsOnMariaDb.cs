using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class TwoFactorTestsOnMariaDb(MariaDbPortalFactory factory) : TwoFactorTests<MariaDbPortalFactory>(factory);
