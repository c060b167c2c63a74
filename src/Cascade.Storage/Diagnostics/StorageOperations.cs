using System.Diagnostics.Metrics;

namespace Cascade.Storage.Diagnostics;

/// <summary>
/// Counts every request Cascade sends to Table and Queue Storage — each one a billed storage transaction
/// (an entity-group transaction is one request, a query page is one) — as the counter
/// <c>cascade.storage.operations</c> of the meter <c>Cascade.Storage</c>, tagged <c>service</c>
/// (<c>table</c>, <c>queue</c>), <c>operation</c> (see <see cref="StorageOperationPolicy"/>), <c>resource</c> (the table or
/// queue named by the request's path; <c>$batch</c> for an entity-group transaction, whose path names no table) and
/// <c>caller</c> (<see cref="Caller"/>, or <c>host</c> outside any).
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

    private static readonly AsyncLocal<string?> CurrentCaller = new();

    /// <summary>
    /// Who the requests of the current asynchronous flow are counted for (a function's name); set by the host
    /// around an invocation, so that a load run can tell which handler the operations go to.
    /// </summary>
    public static string? Caller
    {
        get => CurrentCaller.Value;
        set => CurrentCaller.Value = value;
    }

    internal static readonly Counter<long> Counter =
        Meter.CreateCounter<long>(CounterName, unit: "{operation}", description: "Requests sent to Table and Queue Storage.");
}
