using System.Data;
using MySqlConnector;

namespace SafetyPortal.Bench;

/// <summary>
/// Writes a generator's rows into a MariaDB table with MySqlBulkCopy (LOAD DATA LOCAL INFILE: the connection needs
/// AllowLoadLocalInfile), the table's columns mapped by name in order, then empties the table for the next chunk.
/// </summary>
internal static class BenchBulkCopy
{
    public static async Task<long> WriteAsync(MySqlConnection connection, DataTable rows, string table)
    {
        if (rows.Rows.Count == 0)
        {
            return 0;
        }
        var copy = new MySqlBulkCopy(connection) { DestinationTableName = table, BulkCopyTimeout = 600 };
        foreach (DataColumn column in rows.Columns)
        {
            copy.ColumnMappings.Add(new MySqlBulkCopyColumnMapping(column.Ordinal, column.ColumnName));
        }
        var result = await copy.WriteToServerAsync(rows);
        rows.Rows.Clear();
        return result.RowsInserted;
    }
}
