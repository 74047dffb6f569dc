using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

public sealed class HazardsTestsOnSqlite(SqlitePortalFactory factory) : HazardsTests<SqlitePortalFactory>(factory);
