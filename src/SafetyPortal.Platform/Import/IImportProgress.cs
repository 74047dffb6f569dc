namespace SafetyPortal.Platform.Import;

/// <summary>Where a running import tells how far it got; the job runner stores it for the progress bar.</summary>
public interface IImportProgress
{
    Task ValidatingAsync(int rowsRead, CancellationToken cancellationToken);

    Task WritingAsync(int totalRows, int rowsDone, CancellationToken cancellationToken);

    public static IImportProgress None { get; } = new NoProgress();

    private sealed class NoProgress : IImportProgress
    {
        public Task ValidatingAsync(int rowsRead, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task WritingAsync(int totalRows, int rowsDone, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
