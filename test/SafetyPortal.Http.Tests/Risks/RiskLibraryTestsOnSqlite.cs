using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Risks;

public sealed class RiskLibraryTestsOnSqlite(SqlitePortalFactory factory) : RiskLibraryTests<SqlitePortalFactory>(factory);
