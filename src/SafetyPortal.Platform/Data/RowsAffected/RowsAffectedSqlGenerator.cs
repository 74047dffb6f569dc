using System.Text;
using Microsoft.EntityFrameworkCore;
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
internal sealed class RowsAffectedSqlGenerator : MySqlUpdateSqlGenerator
{
    private readonly bool _deletesReturnRows;

    public RowsAffectedSqlGenerator(UpdateSqlGeneratorDependencies dependencies, IMySqlOptions options)
        : base(dependencies, options) => _deletesReturnRows = options.ServerVersion.Supports.Returning;

    protected override ResultSetMapping AppendSelectAffectedCountCommand(StringBuilder commandStringBuilder, string name, string? schema, int commandPosition)
        => ResultSetMapping.NoResults;

    /// <summary>
    /// Whether the command's SQL returns rows: a DELETE where the server has RETURNING (MariaDB 10.5+), or a write that
    /// reads back values the database generates. Such commands are checked by EF from their rows.
    /// </summary>
    public bool ReturnsRows(IReadOnlyModificationCommand command) => command.EntityState == EntityState.Deleted
        ? _deletesReturnRows
        : command.ColumnModifications.Any(c => c.IsRead);
}
