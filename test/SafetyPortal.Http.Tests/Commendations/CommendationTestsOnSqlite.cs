namespace SafetyPortal.Http.Tests.Commendations;

public sealed class CommendationTestsOnSqlite(CommendationSqliteFactory factory) : CommendationTests<CommendationSqliteFactory>(factory);
