using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class ProcessFeaturesTestsOnSqlite(SqlitePortalFactory factory) : ProcessFeaturesTests<SqlitePortalFactory>(factory);
