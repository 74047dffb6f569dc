using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Update;
using Pomelo.EntityFrameworkCore.MySql.Infrastructure.Internal;
using Pomelo.EntityFrameworkCore.MySql.Update.Internal;

// Pomelo's update classes are "internal API" (EF1001): pinned with Pomelo in Directory.Packages.props; RowsAffectedTests
// fail if an upgrade changes what they write.
#pragma warning disable EF1001

namespace SafetyPortal.Platform.Data.RowsAffected;

/// <summary>Makes <see cref="RowsAffectedCommandBatch"/>es, of Pomelo's batch size (the options' MaxBatchSize, else 42; at most 1,000).</summary>
internal sealed class RowsAffectedCommandBatchFactory(ModificationCommandBatchFactoryDependencies dependencies, IDbContextOptions options)
    : MySqlModificationCommandBatchFactory(dependencies, options)
{
    private readonly int _maxBatchSize =
        Math.Min(options.Extensions.OfType<MySqlOptionsExtension>().FirstOrDefault()?.MaxBatchSize ?? 42, 1000);

    public override ModificationCommandBatch Create() => new RowsAffectedCommandBatch(Dependencies, _maxBatchSize);
}
