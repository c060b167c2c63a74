namespace Cascade.Testing;

/// <summary>Polls a condition until it holds or a deadline passes: waits without fixed sleeps, and never forever.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var deadline = DateTimeOffset.UtcNow + (within ?? TimeSpan.FromSeconds(60));
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var value = await read();
            if (done(value))
                return value;
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Still waiting for {what}; last value: {value}");
            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 500));
        }
    }
}
