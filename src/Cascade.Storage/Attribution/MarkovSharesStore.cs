using System.Text.Json;
using Azure.Data.Tables;
using Cascade.Domain.Attribution;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The latest Markov fit (<see cref="MarkovFit"/>), a read model kept beside the attributions it feeds: the
/// jobs that analyse the whole store save it, the attribution queue reads it by key.
/// </summary>
/// <remarks>
/// <para>Keys: one entity in the <c>Attribution</c> table, PartitionKey <see cref="Partition"/>, RowKey
/// <c>chain</c>. No opportunity's partition can be that key: <see cref="TableKeys.Escape"/> turns every
/// <c>~</c> of an id into <c>%007E</c> and only ever writes one after a 300-character head.</para>
/// <para>Saving keeps the later fit: a fit not newer than the stored one writes nothing, and the write is
/// If-Match (or an insert) with <see cref="ETagRetry"/>, so two jobs racing end with the later fit stored.</para>
/// </remarks>
public sealed class MarkovSharesStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    /// <summary>The reserved partition of the fit.</summary>
    public const string Partition = "~markov";

    // Fits saved while a second removal algorithm existed sit under RowKey "latest" and are never read: their
    // shares answer another definition, so a workspace upgraded from then fits afresh until the next job saves.
    private const string Row = "chain";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.AttributionTable);

    /// <summary>Stores <paramref name="fit"/> unless a fit at least as recent is stored; true when it was stored.</summary>
    public Task<bool> SaveAsync(MarkovFit fit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return ETagRetry.RunAsync("save the Markov fit", _retry, ct => TrySaveAsync(fit, ct), cancellationToken);
    }

    /// <summary>The latest fit, or null when none was saved (a fresh workspace).</summary>
    public async Task<MarkovFit?> GetAsync(CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<MarkovSharesEntity>(Table, Partition, Row, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    private async Task<bool> TrySaveAsync(MarkovFit fit, CancellationToken cancellationToken)
    {
        var current = await TableQueries.FindAsync<MarkovSharesEntity>(Table, Partition, Row, cancellationToken);
        if (current is not null && current.FittedAt >= fit.FittedAt)
        {
            return false;
        }

        var entity = ToEntity(fit);
        if (current is null)
        {
            await Table.AddEntityAsync(entity, cancellationToken);
        }
        else
        {
            await Table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken);
        }

        return true;
    }

    private static MarkovSharesEntity ToEntity(MarkovFit fit) => new()
    {
        PartitionKey = Partition,
        RowKey = Row,
        // Ordinal order keeps the stored JSON the same for the same fit; doubles round-trip exactly.
        Shares = JsonSerializer.Serialize(new SortedDictionary<string, double>(fit.Shares.Shares.ToDictionary(), StringComparer.Ordinal)),
        FittedAt = fit.FittedAt,
    };

    private static MarkovFit ToDomain(MarkovSharesEntity row) => new(
        MarkovShares.FromShares(JsonSerializer.Deserialize<Dictionary<string, double>>(row.Shares) ?? []),
        row.FittedAt.ToUniversalTime());
}
