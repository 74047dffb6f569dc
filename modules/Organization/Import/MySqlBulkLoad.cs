using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using MySqlConnector;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// The fastest way into MySQL/MariaDB: MySqlBulkCopy streams the rows as LOAD DATA LOCAL on the
/// context's connection and transaction. LOAD DATA LOCAL skips rows that break a unique key with only a
/// warning, so a short count throws and the batch rolls back. Where the server refuses LOCAL loading
/// (MySQL 8 ships with local_infile off) it falls back to the parameterised multi-row INSERTs of
/// <see cref="BulkInsert"/>, and remembers that for the rest of the process.
/// </summary>
internal static class MySqlBulkLoad
{
    /// <summary>MySQL 8: ER_CLIENT_LOCAL_FILES_DISABLED; MariaDB answers NotAllowedCommand (1148).</summary>
    private const int LocalFilesDisabled = 3948;
    private static volatile bool _localInfileRefused;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken cancellationToken) where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        if (!_localInfileRefused)
        {
            try
            {
                await LoadAsync(db, entities, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is MySqlException { Number: LocalFilesDisabled or (int)MySqlErrorCode.NotAllowedCommand })
            {
                _localInfileRefused = true;
            }
        }
        await BulkInsert.InsertAsync(db, entities, cancellationToken);
    }

    private static async Task LoadAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken cancellationToken) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var converters = properties.Select(p => p.GetRelationalTypeMapping().Converter).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        using var data = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var (property, converter) in properties.Zip(converters))
        {
            var type = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? converter?.ProviderClrType ?? property.ClrType;
            // Pomelo keeps GUIDs as char(36) text; hand them over as that text.
            data.Columns.Add(property.GetColumnName(table), type == typeof(Guid) ? typeof(string) : type);
        }
        var values = new object?[properties.Count];
        foreach (var entity in entities)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = getters[i].GetClrValueUsingContainingEntity(entity);
                value = value is null ? null : converters[i]?.ConvertToProvider(value) ?? value;
                values[i] = value is Guid guid ? guid.ToString() : value ?? DBNull.Value;
            }
            data.Rows.Add(values);
        }
        var bulkCopy = new MySqlBulkCopy((MySqlConnection)db.Database.GetDbConnection(), (MySqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction())
        {
            DestinationTableName = $"`{table.Name}`",
        };
        for (var i = 0; i < properties.Count; i++)
        {
            bulkCopy.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(i, data.Columns[i].ColumnName));
        }
        var result = await bulkCopy.WriteToServerAsync(data, cancellationToken);
        if (result.RowsInserted != entities.Count)
        {
            throw new DbUpdateException(
                $"{table.Name}: {result.RowsInserted} of {entities.Count} rows loaded; {string.Join("; ", result.Warnings.Take(3).Select(w => w.Message))}");
        }
    }
}
