namespace SafetyPortal.Platform.Seeding;

/// <summary>IsDemo: also seed the demo towns, enterprises and accounts, not only what every install needs.</summary>
public sealed record DataSeedContext(bool IsDemo);
