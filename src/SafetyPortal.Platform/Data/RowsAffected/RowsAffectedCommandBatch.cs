using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;
using Pomelo.EntityFrameworkCore.MySql.Update.Internal;

// Pomelo's update classes are "internal API" (EF1001): pinned with Pomelo in Directory.Packages.props; RowsAffectedTests
// fail if an upgrade changes what they write.
#pragma warning disable EF1001

namespace SafetyPortal.Platform.Data.RowsAffected;

/// <summary>
/// Pomelo's batch, with EF's "one row per command" check made from the rows the server says the batch's statements
/// affected (MySqlConnector's <c>RecordsAffected</c>: the sum over the batch's statements) instead of a
/// <c>SELECT ROW_COUNT()</c> after each UPDATE and DELETE (<see cref="RowsAffectedSqlGenerator"/>). A batch holds either
/// commands that return no rows (an INSERT's row, an UPDATE or DELETE by key and concurrency stamp: each accounts for
/// exactly one row) or commands that return rows (a DELETE … RETURNING, a write reading back generated values: checked
/// by EF from their rows, as before), never both: a write before a read-back would add its row to the sum and could hide
/// a missed UPDATE, so a save that has both goes in two batches. Fewer rows than commands means a row was
/// changed or deleted meanwhile: the save fails with <see cref="DbUpdateConcurrencyException"/> naming every updated or
/// deleted entry of the batch, as the server does not say which statement missed. Found rows, not changed rows, are
/// counted (MySqlConnector's default, <c>UseAffectedRows=false</c>), so an UPDATE that writes the values a row already has
/// still counts: the same rule <c>ROW_COUNT()</c> followed.
/// </summary>
internal sealed class RowsAffectedCommandBatch(ModificationCommandBatchFactoryDependencies dependencies, int maxBatchSize)
    : MySqlModificationCommandBatch(dependencies, maxBatchSize)
{
    private bool? _returnsRows;

    private RowsAffectedSqlGenerator Generator => (RowsAffectedSqlGenerator)Dependencies.UpdateSqlGenerator;

    public override bool TryAddCommand(IReadOnlyModificationCommand modificationCommand)
    {
        var returnsRows = Generator.ReturnsRows(modificationCommand);
        if (_returnsRows is { } kind && kind != returnsRows)
        {
            return false;
        }
        if (!base.TryAddCommand(modificationCommand))
        {
            return false;
        }
        _returnsRows = returnsRows;
        return true;
    }

    protected override void Consume(RelationalDataReader reader)
    {
        base.Consume(reader);
        while (!reader.DbDataReader.IsClosed && reader.DbDataReader.NextResult())
        {
        }
        Check(reader.DbDataReader.RecordsAffected);
    }

    protected override async Task ConsumeAsync(RelationalDataReader reader, CancellationToken cancellationToken = default)
    {
        await base.ConsumeAsync(reader, cancellationToken);
        // Past any rows left, so every statement's reply is in RecordsAffected (a closed reader has read them all).
        while (!reader.DbDataReader.IsClosed && await reader.DbDataReader.NextResultAsync(cancellationToken))
        {
        }
        Check(reader.DbDataReader.RecordsAffected);
    }

    private void Check(int recordsAffected)
    {
        if (_returnsRows != false)
        {
            return;
        }
        var expected = ModificationCommands.Count;
        var affected = Math.Max(0, recordsAffected);
        if (affected >= expected)
        {
            return;
        }
        var entries = ModificationCommands
            .Where(command => command.EntityState is EntityState.Modified or EntityState.Deleted)
            .SelectMany(command => command.Entries)
            .ToList();
        throw new DbUpdateConcurrencyException(
            $"The database operation was expected to affect {expected} row(s), but actually affected {affected} row(s); " +
            "data may have been modified or deleted since entities were loaded.", entries);
    }
}
