namespace SafetyPortal.Http.Tests.Commendations;

public sealed class CommendationTestsOnMariaDb(CommendationMariaDbFactory factory) : CommendationTests<CommendationMariaDbFactory>(factory);
