using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.BackgroundJobs;

public sealed class BackgroundJobTestsOnSqlite(SqlitePortalFactory factory) : BackgroundJobTests<SqlitePortalFactory>(factory);
