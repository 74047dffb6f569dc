using Microsoft.Data.Sqlite;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// The embedded SQLite database allows one writer at a time and answers "database is locked" at once
/// when two connections would deadlock (a page reading while the import job writes). The job's writes
/// are retried briefly then; on MySQL this never triggers.
/// </summary>
internal static class SqliteBusy
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int Attempts = 50;

    public static async Task<T> RetryAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception ex) when (attempt < Attempts && ex.GetBaseException() is SqliteException { SqliteErrorCode: Busy or Locked })
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    public static Task RetryAsync(Func<Task> write, CancellationToken cancellationToken) =>
        RetryAsync(async () =>
        {
            await write();
            return true;
        }, cancellationToken);
}
