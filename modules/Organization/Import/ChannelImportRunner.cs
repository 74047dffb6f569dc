using System.Threading.Channels;

namespace SafetyPortal.Organization.Import;

/// <summary>An in-process queue of import jobs, drained one at a time by <see cref="ImportWorker"/>.</summary>
internal sealed class ChannelImportRunner : IImportRunner
{
    private readonly Channel<ImportJobTicket> _queue = Channel.CreateUnbounded<ImportJobTicket>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ImportJobTicket> Reader => _queue.Reader;

    public ValueTask EnqueueAsync(ImportJobTicket ticket, CancellationToken cancellationToken = default) =>
        _queue.Writer.WriteAsync(ticket, cancellationToken);
}
