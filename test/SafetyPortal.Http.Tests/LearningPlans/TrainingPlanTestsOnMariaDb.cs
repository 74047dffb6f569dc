using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.LearningPlans;

public sealed class TrainingPlanTestsOnMariaDb(MariaDbPortalFactory factory) : TrainingPlanTests<MariaDbPortalFactory>(factory);
