using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

public sealed class WorkOrdersTestsOnSqlite(SqlitePortalFactory factory) : WorkOrdersTests<SqlitePortalFactory>(factory);
