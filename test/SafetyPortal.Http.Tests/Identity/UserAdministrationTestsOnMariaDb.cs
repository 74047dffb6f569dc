using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class UserAdministrationTestsOnMariaDb(MariaDbPortalFactory factory) : UserAdministrationTests<MariaDbPortalFactory>(factory);
