using Azure.Data.Tables;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Opportunities;

/// <summary>
/// The <c>Opportunities</c> table: one partition per opportunity, holding its first state, its current
/// state and every accepted state.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = escaped opportunity id. RowKey <c>first</c> = the first state received (it
/// stands for the creation, domain §6); <c>current</c> = the latest accepted state; <c>s:{updatedAt ticks,
/// 19 digits}</c> = every accepted state, so a partition range query yields them in updatedAt order, which
/// is the arrival order of accepted states, and <see cref="OpportunityHistory"/> rebuilds from them.</para>
/// <para>A state whose <c>updatedAt</c> is not newer than the current one is <see cref="OpportunityUpdateOutcome.Stale"/>
/// and writes nothing. An accepted state writes current (If-Match, or insert), first (insert, only for the
/// first state) and its history row in one entity-group transaction; a lost race re-reads and decides again
/// (<see cref="ETagRetry"/>), so two racing states of one opportunity end with the newer one current.</para>
/// </remarks>
public sealed partial class OpportunityStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    private const string FirstRow = "first";
    private const string CurrentRow = "current";
    private const string StatePrefix = "s:";
    private const string StateUpperBound = "s;";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.OpportunitiesTable);

    /// <summary>Applies one CRM state: accepted when newer than the stored one, else stale (ignored).</summary>
    public Task<OpportunityUpdateOutcome> ApplyAsync(Opportunity state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        return ETagRetry.RunAsync($"apply opportunity '{state.OpportunityId}'", _retry, ct => TryApplyAsync(state, ct), cancellationToken);
    }

    public async Task<Opportunity?> GetCurrentAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<OpportunityEntity>(Table, PartitionOf(opportunityId), CurrentRow, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    public async Task<Opportunity?> GetFirstAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<OpportunityEntity>(Table, PartitionOf(opportunityId), FirstRow, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    /// <summary>Every accepted state, oldest first.</summary>
    public async Task<IReadOnlyList<Opportunity>> StatesAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.RowPrefixAsync<OpportunityEntity>(Table, PartitionOf(opportunityId), StatePrefix, cancellationToken);
        return rows.Select(ToDomain).ToList();
    }

    /// <summary>The opportunity's history rebuilt from its accepted states; null when none was received.</summary>
    public async Task<OpportunityHistory?> HistoryAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var states = await StatesAsync(opportunityId, cancellationToken);
        return states.Count == 0 ? null : OpportunityHistory.FromArrivals(states)[0];
    }

    /// <summary>
    /// The current state of every opportunity. A report path (waterfall, sourcing) that reads the whole table's
    /// <c>current</c> rows; never used on ingestion.
    /// </summary>
    public async IAsyncEnumerable<Opportunity> ListCurrentAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {CurrentRow}");
        await foreach (var row in Table.QueryAsync<OpportunityEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToDomain(row);
        }
    }

    /// <summary>
    /// Every accepted state of every opportunity, each opportunity's in order of acceptance (their RowKeys sort
    /// by <c>updatedAt</c>), so <see cref="OpportunityHistory.FromArrivals"/> rebuilds the histories. A full scan:
    /// for reports and jobs, never for an ingestion path.
    /// </summary>
    public async Task<IReadOnlyList<Opportunity>> ListAcceptedStatesAsync(CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey ge {StatePrefix} and RowKey lt {StateUpperBound}");
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

    private async Task<OpportunityUpdateOutcome> TryApplyAsync(Opportunity state, CancellationToken cancellationToken)
    {
        var partition = PartitionOf(state.OpportunityId);
        var current = await TableQueries.FindAsync<OpportunityEntity>(Table, partition, CurrentRow, cancellationToken);
        if (current is not null && state.UpdatedAt <= current.UpdatedAt)
        {
            return OpportunityUpdateOutcome.Stale;
        }

        var actions = new List<TableTransactionAction>(3)
        {
            current is null
                ? new(TableTransactionActionType.Add, ToEntity(state, CurrentRow))
                : new(TableTransactionActionType.UpdateReplace, ToEntity(state, CurrentRow), current.ETag),
            new(TableTransactionActionType.UpsertReplace, ToEntity(state, StatePrefix + TableKeys.Instant(state.UpdatedAt))),
        };
        if (current is null)
        {
            actions.Add(new(TableTransactionActionType.Add, ToEntity(state, FirstRow)));
        }

        await Table.SubmitTransactionAsync(actions, cancellationToken);
        return OpportunityUpdateOutcome.Accepted;
    }

    private static string PartitionOf(string opportunityId) => TableKeys.Escape(opportunityId);
}
