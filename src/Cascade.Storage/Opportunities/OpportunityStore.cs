using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Opportunities;

/// <summary>
/// The <c>Opportunities</c> table: one partition per opportunity, one row per CRM version kept, keyed by its
/// <c>updatedAt</c> (domain §6: every version is kept by its timestamp, whatever the arrival order).
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = escaped opportunity id; RowKey <c>s:{updatedAt ticks, 19 digits}</c>, so a partition range
/// query yields the versions in <c>updatedAt</c> order and <see cref="OpportunityHistory"/> rebuilds from them; the
/// last one is the current state. (Partitions written before this layout may also hold <c>first</c> and <c>current</c>
/// rows; nothing reads them.)</para>
/// <para>Which version is kept is <see cref="OpportunityVersionRule"/>'s decision, never the store's: a stale version
/// writes nothing; any other is inserted at its instant. Versions at different instants never touch the same row, so
/// concurrent writers of one deal all land. Only two versions at the same instant meet: the insert that finds the row
/// taken reads it, asks the rule (replay, outranked, or kept) and replaces it with If-Match when kept; a lost race
/// decides again (<see cref="ETagRetry"/>). A replay is one insert refused and one read: idempotent.</para>
/// </remarks>
public sealed partial class OpportunityStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    private const string VersionPrefix = "s:";
    private const string VersionUpperBound = "s;";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.OpportunitiesTable);

    /// <summary>Keeps one CRM version at its <c>updatedAt</c>, in any arrival order, unless the domain's rule ignores it.</summary>
    public async Task<OpportunityUpdateOutcome> ApplyAsync(Opportunity version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        var outcome = OpportunityVersionRule.Decide(version, stored: null);
        if (outcome != OpportunityUpdateOutcome.Accepted)
        {
            return outcome;
        }

        try
        {
            await Table.AddEntityAsync(ToEntity(version, RowKeyOf(version)), cancellationToken);
            return OpportunityUpdateOutcome.Accepted;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A version is stored at this instant already: the rule decides between the two.
        }

        return await ETagRetry.RunAsync(
            $"apply opportunity '{version.OpportunityId}' at {version.UpdatedAt:O}", _retry, ct => TryReplaceAsync(version, ct), cancellationToken);
    }

    /// <summary>The latest version (the current state); null when none was kept.</summary>
    public async Task<Opportunity?> GetCurrentAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var versions = await StatesAsync(opportunityId, cancellationToken);
        return versions.Count == 0 ? null : versions[^1];
    }

    /// <summary>Every version kept, oldest <c>updatedAt</c> first.</summary>
    public async Task<IReadOnlyList<Opportunity>> StatesAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.RowPrefixAsync<OpportunityEntity>(Table, PartitionOf(opportunityId), VersionPrefix, cancellationToken);
        return rows.Select(ToDomain).ToList();
    }

    /// <summary>The opportunity's history rebuilt from its versions; null when none was kept or none documents the deal.</summary>
    public async Task<OpportunityHistory?> HistoryAsync(string opportunityId, CancellationToken cancellationToken = default) =>
        OpportunityHistory.Of(await StatesAsync(opportunityId, cancellationToken));

    /// <summary>
    /// Every version of every opportunity, each opportunity's in <c>updatedAt</c> order, so
    /// <see cref="OpportunityHistory.FromArrivals"/> rebuilds the histories. A full scan: for reports and jobs, never for an
    /// ingestion path.
    /// </summary>
    public async Task<IReadOnlyList<Opportunity>> ListAcceptedStatesAsync(CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey ge {VersionPrefix} and RowKey lt {VersionUpperBound}");
        var states = new List<OpportunityEntity>();
        await foreach (var row in Table.QueryAsync<OpportunityEntity>(filter, cancellationToken: cancellationToken))
        {
            states.Add(row);
        }

        return states
            .OrderBy(r => r.PartitionKey, StringComparer.Ordinal)
            .ThenBy(r => r.RowKey, StringComparer.Ordinal)
            .Select(ToDomain)
            .ToList();
    }

    private async Task<OpportunityUpdateOutcome> TryReplaceAsync(Opportunity version, CancellationToken cancellationToken)
    {
        var entity = ToEntity(version, RowKeyOf(version));
        var stored = await TableQueries.FindAsync<OpportunityEntity>(Table, entity.PartitionKey, entity.RowKey, cancellationToken);
        var outcome = OpportunityVersionRule.Decide(version, stored is null ? null : ToDomain(stored));
        if (outcome != OpportunityUpdateOutcome.Accepted)
        {
            return outcome;
        }

        if (stored is null)
        {
            await Table.AddEntityAsync(entity, cancellationToken);
        }
        else
        {
            await Table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken);
        }

        return OpportunityUpdateOutcome.Accepted;
    }

    private static string RowKeyOf(Opportunity version) => VersionPrefix + TableKeys.Instant(version.UpdatedAt);

    private static string PartitionOf(string opportunityId) => TableKeys.Escape(opportunityId);
}
