using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cascade.Storage.Diagnostics;

namespace Cascade.LocalRuntime.Admin;

/// <summary>
/// Listens to <see cref="StorageOperations"/> for as long as the runtime runs and keeps running totals per
/// service and operation (and by caller and table or queue), so that a load run can read storage transactions per touchpoint.
/// </summary>
internal sealed class StorageOperationTotals : IDisposable
{
    private readonly ConcurrentDictionary<(string Caller, string Service, string Resource, string Operation), long> _totals = new();
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
        foreach (var ((_, service, _, operation), count) in _totals)
        {
            if (!snapshot.TryGetValue(service, out var operations))
                snapshot[service] = operations = new SortedDictionary<string, long>(StringComparer.Ordinal);
            operations[operation] = operations.GetValueOrDefault(operation) + count;
        }

        return snapshot;
    }

    /// <summary>Totals so far by who sent them: caller (a function's name, or <c>host</c>) → "service resource operation" → count.</summary>
    public SortedDictionary<string, SortedDictionary<string, long>> ByCaller()
    {
        var snapshot = new SortedDictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal);
        foreach (var ((caller, service, resource, operation), count) in _totals)
        {
            if (!snapshot.TryGetValue(caller, out var operations))
                snapshot[caller] = operations = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var key = $"{service} {resource} {operation}";
            operations[key] = operations.GetValueOrDefault(key) + count;
        }

        return snapshot;
    }

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string caller = "?", service = "?", resource = "?", operation = "?";
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case "caller":
                    caller = tag.Value as string ?? "?";
                    break;
                case "service":
                    service = tag.Value as string ?? "?";
                    break;
                case "resource":
                    resource = tag.Value as string ?? "?";
                    break;
                case "operation":
                    operation = tag.Value as string ?? "?";
                    break;
            }
        }

        _totals.AddOrUpdate((caller, service, resource, operation), value, (_, total) => total + value);
    }
}
