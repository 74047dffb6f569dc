using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.LearningPlans;

public sealed class TrainingPlanTestsOnSqlite(SqlitePortalFactory factory) : TrainingPlanTests<SqlitePortalFactory>(factory);
