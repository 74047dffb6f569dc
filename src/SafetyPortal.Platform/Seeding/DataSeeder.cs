namespace SafetyPortal.Platform.Seeding;

/// <summary>Runs every module's seed contributor in order.</summary>
public sealed class DataSeeder(IEnumerable<IDataSeedContributor> contributors)
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(context, cancellationToken);
        }
    }
}
