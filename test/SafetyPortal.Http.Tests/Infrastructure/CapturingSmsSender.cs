using System.Collections.Concurrent;
using SafetyPortal.Platform.Sms;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>The test host's SMS gateway: keeps every message, so a test can read the code a user would receive.</summary>
public sealed class CapturingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> _messages = new();

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<SmsMessage> To(string phoneNumber) => [.. _messages.Where(m => m.PhoneNumber == phoneNumber)];
}
