using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Multi-row parameterised INSERTs built from the EF model (table, columns, value converters), on the
/// context's connection and current transaction. Used on MySQL/MariaDB, where EF's one statement per
/// row is several times slower for the 200,000-row staff import. Entities are not tracked and get no
/// stamping: callers set keys, TenantId and times themselves.
/// </summary>
internal static class BulkInsert
{
    /// <summary>Rows per statement: keeps a statement well under MySQL's default 16 MB packet.</summary>
    private const int MaxParametersPerStatement = 20_000;

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken cancellationToken) where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        if (properties.Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has shadow properties, which a bulk insert cannot read.");
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var rowsPerStatement = Math.Max(1, MaxParametersPerStatement / properties.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < entities.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, entities.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = BuildStatement(prefix, properties.Count, count, command, entities, start, mappings, getters, properties);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string BuildStatement<T>(string prefix, int columnCount, int count, DbCommand command, IReadOnlyList<T> entities, int start,
        RelationalTypeMapping[] mappings, IClrPropertyGetter[] getters, List<IProperty> properties) where T : class
    {
        var text = new StringBuilder(prefix, prefix.Length + (count * columnCount * 8));
        var index = 0;
        for (var row = 0; row < count; row++)
        {
            var entity = entities[start + row];
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columnCount; column++)
            {
                var name = "@p" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append(column == 0 ? name : ", " + name);
                // The type mapping applies the model's value converters (UTC times, enums) as EF would.
                command.Parameters.Add(mappings[column].CreateParameter(command, name,
                    getters[column].GetClrValueUsingContainingEntity(entity), properties[column].IsNullable));
            }
            text.Append(')');
        }
        return text.ToString();
    }
}
