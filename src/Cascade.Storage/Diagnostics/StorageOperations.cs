using System.Diagnostics.Metrics;

namespace Cascade.Storage.Diagnostics;

/// <summary>
/// Counts every request Cascade sends to Table and Queue Storage — each one a billed storage transaction
/// (an entity-group transaction is one request, a query page is one) — as the counter
/// <c>cascade.storage.operations</c> of the meter <c>Cascade.Storage</c>, tagged <c>service</c>
/// (<c>table</c>, <c>queue</c>) and <c>operation</c> (see <see cref="StorageOperationPolicy"/>).
/// </summary>
/// <remarks>
/// A counter nobody listens to costs a field read, so it is always on: an OpenTelemetry exporter on Azure
/// or the local runtime's <c>/admin/storage/operations</c> turn it into transactions per touchpoint.
/// </remarks>
public static class StorageOperations
{
    public const string MeterName = "Cascade.Storage";

    public const string CounterName = "cascade.storage.operations";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Counter =
        Meter.CreateCounter<long>(CounterName, unit: "{operation}", description: "Requests sent to Table and Queue Storage.");
}
