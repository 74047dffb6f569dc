namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>Polls for an outcome that background work produces, up to a bounded time; no fixed sleeps.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds} s waiting for {what}; last seen: {value}");
            }
            await Task.Delay(200);
        }
    }
}
