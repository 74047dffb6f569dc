namespace SafetyPortal.Inspections.Photos;

/// <summary>
/// What photos are stored for (a hazard's stage, a checklist item, a work-order answer), as
/// <see cref="EvidencePhotos.StoreAsync{T}"/> needs it: <see cref="LockAsync"/> runs first in the storing transaction,
/// takes the subject's write lock (an update of its row that changes nothing: MariaDB locks every row an update
/// matches, SQLite the database) and answers the SHA-256 of the photos the subject keeps, read after the lock so an
/// upload finishing meanwhile is counted. <see cref="SkipsResent"/>: a photo kept already is taken as sent before.
/// </summary>
public sealed record PhotoSubject(Func<CancellationToken, Task<IReadOnlyCollection<string>>> LockAsync, bool SkipsResent)
{
    /// <summary>A subject made in the same transaction (a new answer): nobody else can add to it, it keeps nothing yet.</summary>
    public static PhotoSubject New { get; } = new(_ => Task.FromResult<IReadOnlyCollection<string>>([]), SkipsResent: false);
}
