using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class RoleAdministrationTestsOnMariaDb(MariaDbPortalFactory factory) : RoleAdministrationTests<MariaDbPortalFactory>(factory);
