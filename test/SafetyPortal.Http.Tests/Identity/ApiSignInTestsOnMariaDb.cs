using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class ApiSignInTestsOnMariaDb(MariaDbPortalFactory factory) : ApiSignInTests<MariaDbPortalFactory>(factory);
