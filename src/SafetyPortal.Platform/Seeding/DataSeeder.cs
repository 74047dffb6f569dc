namespace SafetyPortal.Platform.Seeding;

/// <summary>
/// Runs every module's seed contributor in order. Seeding runs outside any request (at start, or the seed command),
/// so its writes are deliberately not in the audit log: no user asked for them (see Auditing/AuditScope).
/// </summary>
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
