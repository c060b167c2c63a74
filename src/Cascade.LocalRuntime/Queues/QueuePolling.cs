namespace Cascade.LocalRuntime.Queues;

/// <summary>
/// How long a queue listener waits after an empty poll, as the Storage Queues extension backs off: from
/// <see cref="QueueHostOptions.MinPollingInterval"/>, doubling after every empty poll up to host.json's
/// maxPollingInterval; the first message found resets it.
/// </summary>
public static class QueuePolling
{
    public static TimeSpan First => QueueHostOptions.MinPollingInterval;

    public static TimeSpan After(TimeSpan current, QueueHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromTicks(Math.Min(current.Ticks * 2, options.MaxPollingInterval.Ticks));
    }
}
