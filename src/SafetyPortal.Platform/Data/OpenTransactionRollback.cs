using System.Data;
using System.Data.Common;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// Rolls back a transaction the kernel began by hand on a connection (one- and two-trip saves), so the pooled connection
/// goes back with none open. A broken connection is left as it is: the server rolled the transaction back when it went.
/// </summary>
internal static class OpenTransactionRollback
{
    public static void Send(DbConnection connection)
    {
        if (connection.State != ConnectionState.Open)
        {
            return;
        }
        using var rollback = connection.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        try
        {
            rollback.ExecuteNonQuery();
        }
        catch (DbException)
        {
            // Broken connection: nothing is left open on the server.
        }
    }

    public static async Task SendAsync(DbConnection connection)
    {
        if (connection.State != ConnectionState.Open)
        {
            return;
        }
        await using var rollback = connection.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        try
        {
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            // As above.
        }
    }
}
