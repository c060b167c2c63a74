using Azure;
using Azure.Data.Tables;

namespace Cascade.LocalRuntime.Timers;

/// <summary>
/// One row per timer function in a table: the last occurrence run (the schedule monitor), who holds
/// the lease and until when. Claims are conditional writes (If-Match on the row's ETag, or an insert
/// that fails if the row exists), so across any number of processes one runner runs an occurrence,
/// and no runner starts while another's unexpired lease is held. A crashed runner's lease expires.
/// </summary>
internal sealed class TimerLeaseStore(TableClient table, string hostId, string owner, TimeProvider time)
{
    public const string TableName = "LocalRuntimeTimers";

    public static TimeSpan LeaseDuration { get; } = TimeSpan.FromSeconds(30);

    public Task InitializeAsync(CancellationToken cancellationToken) => table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<DateTimeOffset?> ReadLastAsync(string function, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(hostId, function, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetDateTimeOffset("Last") : null;
    }

    public async Task<TimerClaim> TryClaimAsync(string function, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(hostId, function, cancellationToken: cancellationToken);
            var now = time.GetUtcNow();
            var row = Row(function, occurrence, now + LeaseDuration);
            try
            {
                if (!existing.HasValue)
                {
                    var added = await table.AddEntityAsync(row, cancellationToken);
                    return new TimerClaim(TimerClaimOutcome.Acquired, added.Headers.ETag ?? default, null);
                }

                var current = existing.Value!;
                var last = current.GetDateTimeOffset("Last");
                if (last >= occurrence)
                    return new TimerClaim(TimerClaimOutcome.AlreadyRun, default, last);
                if (current.GetDateTimeOffset("LeaseUntil") > now && current.GetString("Owner") != owner)
                    return new TimerClaim(TimerClaimOutcome.Busy, default, last);

                var updated = await table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
                return new TimerClaim(TimerClaimOutcome.Acquired, updated.Headers.ETag ?? default, last);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another runner wrote the row between our read and write: read again and decide anew.
            }
        }
    }

    /// <summary>Extends a held lease; returns the new ETag, or null when the lease was lost.</summary>
    public async Task<ETag?> RenewAsync(string function, DateTimeOffset occurrence, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            var row = Row(function, occurrence, time.GetUtcNow() + LeaseDuration);
            return (await table.UpdateEntityAsync(row, etag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task ReleaseAsync(string function, DateTimeOffset occurrence, ETag etag)
    {
        try
        {
            await table.UpdateEntityAsync(Row(function, occurrence, time.GetUtcNow()), etag, TableUpdateMode.Replace);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Someone else holds it now; nothing of ours to release.
        }
    }

    private TableEntity Row(string function, DateTimeOffset last, DateTimeOffset leaseUntil) => new(hostId, function)
    {
        ["Last"] = last,
        ["Owner"] = owner,
        ["LeaseUntil"] = leaseUntil,
    };
}
