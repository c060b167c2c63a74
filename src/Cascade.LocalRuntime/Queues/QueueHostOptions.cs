using System.Globalization;
using Cascade.LocalRuntime.Configuration;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Queues;

/// <summary>host.json's <c>extensions.queues</c>, with the Storage Queues extension's defaults.</summary>
public sealed record QueueHostOptions
{
    /// <summary>How many messages one poll takes (1-32).</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>
    /// A listener polls for the next batch only once at most this many of its messages are still being processed,
    /// so at most <see cref="BatchSize"/> + this many run at once. Default (batchSize / 2) × processor count.
    /// </summary>
    public int NewBatchThreshold { get; init; } = DefaultNewBatchThreshold(16);

    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>How long a failed message stays invisible before its next attempt.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait after an empty poll; it doubles up to <see cref="MaxPollingInterval"/>.</summary>
    public static TimeSpan MinPollingInterval { get; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// How long a message being processed stays invisible to other listeners, as the host's 10 minutes. Not a host.json
    /// setting: <c>LocalRuntime:processingVisibility</c> shortens it where a test stops storage mid-message and cannot
    /// wait 10 minutes for the message to come back.
    /// </summary>
    public TimeSpan ProcessingVisibility { get; init; } = TimeSpan.FromMinutes(10);

    public static QueueHostOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(HostJsonFile.Section + ":extensions:queues");
        var defaults = new QueueHostOptions();
        var batchSize = Int(section["batchSize"]) ?? defaults.BatchSize;
        var options = new QueueHostOptions
        {
            BatchSize = batchSize,
            NewBatchThreshold = Int(section["newBatchThreshold"]) ?? DefaultNewBatchThreshold(batchSize),
            MaxDequeueCount = Int(section["maxDequeueCount"]) ?? defaults.MaxDequeueCount,
            VisibilityTimeout = Time(section["visibilityTimeout"]) ?? defaults.VisibilityTimeout,
            MaxPollingInterval = Time(section["maxPollingInterval"]) ?? defaults.MaxPollingInterval,
            ProcessingVisibility = Time(configuration["LocalRuntime:processingVisibility"]) ?? defaults.ProcessingVisibility,
        };
        var encoding = section["messageEncoding"];
        if (encoding is not null && !encoding.Equals("base64", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"The local runtime reads base64 queue messages only, host.json says '{encoding}'.");
        if (options.BatchSize is < 1 or > 32)
            throw new InvalidOperationException($"host.json queues.batchSize must be 1-32, not {options.BatchSize}.");
        if (options.MaxDequeueCount < 1)
            throw new InvalidOperationException("host.json queues.maxDequeueCount must be at least 1.");
        if (options.NewBatchThreshold < 0)
            throw new InvalidOperationException($"host.json queues.newBatchThreshold must be 0 or more, not {options.NewBatchThreshold}.");
        if (options.VisibilityTimeout < TimeSpan.Zero)
            throw new InvalidOperationException("host.json queues.visibilityTimeout must not be negative.");
        return options with { MaxPollingInterval = options.MaxPollingInterval < MinPollingInterval ? MinPollingInterval : options.MaxPollingInterval };
    }

    private static int DefaultNewBatchThreshold(int batchSize) => batchSize / 2 * Environment.ProcessorCount;

    private static int? Int(string? text) => text is null ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static TimeSpan? Time(string? text) => text is null ? null : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
}
