using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

/// <summary>
/// The <c>People</c> table: one partition per person.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = escaped e-mail. RowKey <c>profile</c> holds the profile, stage, fan flag,
/// recycling instant, last activity and score; RowKey <c>h:{at ticks, 19 digits}:{from}:{to}</c> holds one
/// applied transition each, so a partition range query returns the history in time order and the history
/// grows by rows, never inside one property. RowKey <c>journey</c> keeps the touches the last evaluation decided from,
/// compressed (<see cref="JourneyAsync"/>), written in the profile's transaction with a tag the profile names, so that
/// a reader of both in one query knows they were written together (<see cref="ReadWithJourneyAsync"/>).</para>
/// <para>Updates are read-decide-write: <see cref="UpdateAsync"/> reads the profile row with its ETag (which lists the
/// history rows written with it, so no query finds the rows to delete), asks
/// the caller's pure decision, and writes the profile (If-Match, or insert for a new person) together with
/// its history rows in one entity-group transaction, so the stage and its history never disagree. The change
/// carries the person's whole history: rows of transitions it no longer holds (an evaluation on fewer facts
/// than a later one, e.g. a touch that arrived late) are deleted in that transaction. A lost
/// race (412/409) re-reads and decides again (<see cref="ETagRetry"/>): concurrent updates are all applied,
/// never last-writer-wins. History row keys (instant, position in the history, stages) are deterministic and
/// written as upserts, so a replayed transition rewrites the same row. More than 99 transitions in one update spill into further transactions.</para>
/// </remarks>
public sealed partial class PersonStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    private const string ProfileRow = "profile";
    private const string HistoryPrefix = "h:";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.PeopleTable);

    public async Task<PersonRecord?> GetAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<PersonEntity>(Table, PartitionOf(email), ProfileRow, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    /// <summary>
    /// The person's read model: the profile row and the history, two keyed requests on one partition; null when
    /// the person was never evaluated.
    /// </summary>
    public async Task<StoredPerson?> ViewAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var profile = GetAsync(email, cancellationToken);
        var history = HistoryAsync(email, cancellationToken);
        await Task.WhenAll(profile, history);
        return await profile is { } person ? new StoredPerson(person, await history) : null;
    }

    /// <summary>The person's applied transitions in time order.</summary>
    public async Task<IReadOnlyList<StageTransition>> HistoryAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.RowPrefixAsync<LifecycleHistoryEntity>(Table, PartitionOf(email), HistoryPrefix, cancellationToken);
        return rows.Select(ToDomain).ToList();
    }

    /// <summary>
    /// Applies <paramref name="decide"/> to the stored person (null when new) and stores its answer; a null
    /// answer writes nothing. The decision may run several times (once per lost race), so it must be pure.
    /// </summary>
    public Task<PersonUpdateResult> UpdateAsync(
        EmailAddress email, Func<PersonRecord?, PersonChange?> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return ETagRetry.RunAsync($"update person '{email}'", _retry, ct => TryUpdateAsync(email, decide, ct), cancellationToken);
    }

    /// <summary>The profile row as stored now, for an update that starts from it (<see cref="PersonSnapshot"/>).</summary>
    public async Task<PersonSnapshot> ReadAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<PersonEntity>(Table, PartitionOf(email), ProfileRow, cancellationToken);
        return new PersonSnapshot(row, row is null ? null : ToDomain(row));
    }

    /// <summary>
    /// The profile row as stored now with the journey its evaluation kept whole (<see cref="PersonSnapshot.Journey"/>),
    /// both in one query: what an evaluation of new touches alone starts from.
    /// </summary>
    public async Task<PersonSnapshot> ReadWithJourneyAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.RowsAsync<TableEntity>(Table, PartitionOf(email), [JourneyRow, ProfileRow], cancellationToken);
        if (rows.SingleOrDefault(r => r.RowKey == ProfileRow) is not { } profile)
        {
            return new PersonSnapshot(null, null);
        }

        var row = TableRows.As<PersonEntity>(profile);
        return new PersonSnapshot(row, ToDomain(row), rows.SingleOrDefault(r => r.RowKey == JourneyRow) is { } journey ? WholeJourneyOf(row, journey) : null);
    }

    /// <summary>
    /// Writes <paramref name="change"/> If-Match the version of <paramref name="read"/> (an insert when there was none),
    /// once: a lost race throws (412, or 409 on a concurrent first write; <see cref="ETagRetry.IsLostRace"/>), for the
    /// caller to read and decide again. For a decision that read other facts after the profile: whoever wrote the
    /// profile in between may have decided on newer facts, which a retry with the same decision would overwrite.
    /// </summary>
    public Task<PersonUpdateResult> WriteAsync(EmailAddress email, PersonSnapshot read, PersonChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(change);
        return TryUpdateAsync(email, read.Row, _ => change, cancellationToken);
    }

    private async Task<PersonUpdateResult> TryUpdateAsync(
        EmailAddress email, Func<PersonRecord?, PersonChange?> decide, CancellationToken cancellationToken)
    {
        var row = await TableQueries.FindAsync<PersonEntity>(Table, PartitionOf(email), ProfileRow, cancellationToken);
        return await TryUpdateAsync(email, row, decide, cancellationToken);
    }

    private async Task<PersonUpdateResult> TryUpdateAsync(
        EmailAddress email, PersonEntity? row, Func<PersonRecord?, PersonChange?> decide, CancellationToken cancellationToken)
    {
        try
        {
            return await TryUpdateAsync(email, row, decide, trustListedHistory: true, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404 && row?.HistoryRows is not null)
        {
            // A listed history row is gone (an interrupted erasure of a long history): list the rows that are there.
            return await TryUpdateAsync(email, row, decide, trustListedHistory: false, cancellationToken);
        }
    }

    private async Task<PersonUpdateResult> TryUpdateAsync(
        EmailAddress email,
        PersonEntity? row,
        Func<PersonRecord?, PersonChange?> decide,
        bool trustListedHistory,
        CancellationToken cancellationToken)
    {
        var current = row is null ? null : ToDomain(row);
        if (decide(current) is not { } change)
        {
            return new PersonUpdateResult(PersonUpdateOutcome.Unchanged, current);
        }

        if (change.Person.Email != email)
        {
            throw new InvalidOperationException($"An update of '{email}' returned the person '{change.Person.Email}'.");
        }

        // The profile lists the history rows written with it, so an update deletes the rows it no longer holds without
        // a query; the ETag on the profile makes the list as current as the rows.
        var stored = row is null ? []
            : trustListedHistory && row.HistoryRows is { } listed ? listed.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : (await TableQueries.RowPrefixAsync<TableEntity>(Table, PartitionOf(email), HistoryPrefix, cancellationToken)).Select(e => e.RowKey).ToArray();
        var entity = ToEntity(change.Person);
        var rows = change.Transitions.Select((t, position) => ToEntity(email, t, position)).DistinctBy(e => e.RowKey).ToList();
        var kept = rows.Select(e => e.RowKey).ToHashSet(StringComparer.Ordinal);
        var history = stored
            .Where(key => !kept.Contains(key))
            .Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PartitionOf(email), key), ETag.All))
            .Concat(rows.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)))
            .ToList();

        // The profile, the journey it was decided from and the first history rows (deletions first) are one atomic
        // transaction; overflow rows follow, and a profile whose rows spill over does not list them (they might not all
        // be written).
        var profile = row is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, row.ETag);
        // A new journey gets a new tag; a write without one leaves the kept journey, and its tag, as they are.
        entity.JourneyTag = change.Journey is null ? row?.JourneyTag : Guid.NewGuid().ToString("N");
        var lead = change.Journey is { } journey ? [profile, JourneyWrite(email, journey, change.Scope, entity.JourneyTag!)] : new[] { profile };
        var room = TableLimits.MaxTransactionActions - lead.Length;
        entity.HistoryRows = history.Count <= room ? string.Join('\n', rows.Select(e => e.RowKey)) : null;
        await Table.SubmitTransactionAsync(lead.Concat(history.Take(room)), cancellationToken);
        await EntityGroups.SubmitAsync(Table, history.Skip(room), cancellationToken);
        return new PersonUpdateResult(row is null ? PersonUpdateOutcome.Created : PersonUpdateOutcome.Updated, change.Person);
    }

    internal static string PartitionOf(EmailAddress email) => TableKeys.Escape(email.Value);

    // The position breaks ties between transitions of one instant (lost then recycled at the same moment), which
    // the stage names alone would sort alphabetically rather than in the order they were applied.
    internal static string HistoryRow(StageTransition t, int position) =>
        $"{HistoryPrefix}{TableKeys.Instant(t.At)}:{position:D5}:{t.From.ToName()}:{t.To.ToName()}";
}
