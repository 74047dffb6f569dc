using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

public sealed class InspectionCyclesTestsOnSqlite(SqlitePortalFactory factory) : InspectionCyclesTests<SqlitePortalFactory>(factory);
