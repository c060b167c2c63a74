using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cascade.Storage.Diagnostics;

namespace Cascade.LocalRuntime.Admin;

/// <summary>
/// Listens to <see cref="StorageOperations"/> for as long as the runtime runs and keeps running totals per
/// service and operation, so that a load run can read storage transactions per touchpoint.
/// </summary>
internal sealed class StorageOperationTotals : IDisposable
{
    private readonly ConcurrentDictionary<(string Service, string Operation), long> _totals = new();
    private readonly MeterListener _listener = new();

    public StorageOperationTotals()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == StorageOperations.MeterName && instrument.Name == StorageOperations.CounterName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Totals so far: service → operation → count.</summary>
    public SortedDictionary<string, SortedDictionary<string, long>> Snapshot()
    {
        var snapshot = new SortedDictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal);
        foreach (var ((service, operation), count) in _totals)
        {
            if (!snapshot.TryGetValue(service, out var operations))
                snapshot[service] = operations = new SortedDictionary<string, long>(StringComparer.Ordinal);
            operations[operation] = count;
        }

        return snapshot;
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string service = "?", operation = "?";
        foreach (var tag in tags)
        {
            if (tag.Key == "service")
                service = tag.Value as string ?? "?";
            else if (tag.Key == "operation")
                operation = tag.Value as string ?? "?";
        }

        _totals.AddOrUpdate((service, operation), value, (_, total) => total + value);
    }
}
