namespace SafetyPortal.Organization.Import;

/// <summary>
/// Runs a queued import job in the background, in the job's town. The seam for the job scheduler:
/// today an in-process queue (<see cref="ChannelImportRunner"/>); a Quartz job can take its place.
/// </summary>
public interface IImportRunner
{
    ValueTask EnqueueAsync(ImportJobTicket ticket, CancellationToken cancellationToken = default);
}
