using System.Text;
using Microsoft.EntityFrameworkCore.Update;
using Pomelo.EntityFrameworkCore.MySql.Infrastructure.Internal;
using Pomelo.EntityFrameworkCore.MySql.Update.Internal;

// Pomelo's update classes are "internal API" (EF1001): pinned with Pomelo in Directory.Packages.props; RowsAffectedTests
// fail if an upgrade changes what they write.
#pragma warning disable EF1001

namespace SafetyPortal.Platform.Data.RowsAffected;

/// <summary>
/// Pomelo's update SQL for MySQL/MariaDB without the <c>SELECT ROW_COUNT()</c> it writes after every UPDATE and DELETE
/// that reads nothing back: the statement that went before reports its affected rows in its own reply, and
/// <see cref="RowsAffectedCommandBatch"/> checks their sum. Two statements fewer in a workflow completion's batch.
/// </summary>
internal sealed class RowsAffectedSqlGenerator(UpdateSqlGeneratorDependencies dependencies, IMySqlOptions options)
    : MySqlUpdateSqlGenerator(dependencies, options)
{
    protected override ResultSetMapping AppendSelectAffectedCountCommand(StringBuilder commandStringBuilder, string name, string? schema, int commandPosition)
        => ResultSetMapping.NoResults;
}
