using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.LearningPlans;

public sealed class TrainingTrackingTestsOnMariaDb(MariaDbPortalFactory factory) : TrainingTrackingTests<MariaDbPortalFactory>(factory);
