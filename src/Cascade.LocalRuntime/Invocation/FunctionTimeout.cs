using System.Globalization;
using Cascade.LocalRuntime.Configuration;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Invocation;

/// <summary>
/// host.json's <c>functionTimeout</c>: how long one invocation may run. When it is reached the invocation's
/// cancellation token fires and the invocation counts as failed (a queue message is retried after visibilityTimeout,
/// then poisoned; an HTTP call is answered 500), as the host fails a timed-out invocation. Absent, the Flex
/// Consumption plan's default of 30 minutes applies; <c>-1</c> means no limit.
/// </summary>
public sealed record FunctionTimeout(TimeSpan Limit)
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromMinutes(30);

    public static FunctionTimeout FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[HostJsonFile.Section + ":functionTimeout"];
        if (string.IsNullOrWhiteSpace(text))
            return new FunctionTimeout(DefaultLimit);
        if (text.Trim() == "-1")
            return new FunctionTimeout(Timeout.InfiniteTimeSpan);
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var limit) || limit <= TimeSpan.Zero)
            throw new InvalidOperationException($"host.json functionTimeout must be a positive time span (hh:mm:ss) or -1, not '{text}'.");
        return new FunctionTimeout(limit);
    }

    /// <summary>Starts the clock for one invocation that <paramref name="cancellationToken"/> may also cancel.</summary>
    public InvocationLimit Start(string function, TimeProvider time, CancellationToken cancellationToken) =>
        new(function, Limit, time, cancellationToken);
}
