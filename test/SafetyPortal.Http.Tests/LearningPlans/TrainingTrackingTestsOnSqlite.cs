using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.LearningPlans;

public sealed class TrainingTrackingTestsOnSqlite(SqlitePortalFactory factory) : TrainingTrackingTests<SqlitePortalFactory>(factory);
