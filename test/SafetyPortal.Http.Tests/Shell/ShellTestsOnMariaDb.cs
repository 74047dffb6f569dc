using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Shell;

public sealed class ShellTestsOnMariaDb(MariaDbPortalFactory factory) : ShellTests<MariaDbPortalFactory>(factory);
