using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

public sealed class PermissionEditorTestsOnMariaDb(MariaDbPortalFactory factory) : PermissionEditorTests<MariaDbPortalFactory>(factory);
