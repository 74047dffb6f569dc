namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>
/// Removes a test's temporary folder. A stopped host's last background writes (a job store or worker connection
/// closing, a file store flushing) can still land in it for a moment, and a recursive delete racing one fails with
/// "Directory not empty" after every test passed (xunit reports it as a class cleanup failure, which fails the run):
/// a few tries, then the folder is left to the system's temporary-file cleaning.
/// </summary>
public static class TemporaryFolders
{
    private const int Tries = 5;
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    public static async Task DeleteAsync(string folder)
    {
        for (var attempt = 1; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < Tries)
            {
                await Task.Delay(Pause);
            }
            catch (IOException exception)
            {
                await Console.Error.WriteLineAsync($"Left the test folder {folder} behind: {exception.Message}");
                return;
            }
        }
    }
}
