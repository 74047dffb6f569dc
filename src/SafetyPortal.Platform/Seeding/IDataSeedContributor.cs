namespace SafetyPortal.Platform.Seeding;

/// <summary>A module's seed data. Seeding runs at every start and by the seed command, so it must be idempotent.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first: towns (10) before the accounts that live in them (20).</summary>
    int Order { get; }

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken);
}
