using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class PasswordRecoveryTestsOnMariaDb(MariaDbPortalFactory factory) : PasswordRecoveryTests<MariaDbPortalFactory>(factory);
