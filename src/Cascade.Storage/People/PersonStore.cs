using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

/// <summary>
/// The <c>PeopleByShard</c> table: each person's rows under their own prefix in one of sixteen shard partitions.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = <c>p</c> and the first hex digit of the SHA-256 of the person's company — their e-mail's
/// domain, or the e-mail itself for a free-mail address — so a sweep's people are at most sixteen partitions and their
/// writes go out in a few entity-group transactions (<see cref="WriteManyAsync"/>), and a company's people are one range
/// (<see cref="ScopesAtAsync"/>). RowKey = the company's prefix and the person's (<see cref="TableKeys.RangePrefix"/>
/// of each, escaped), then <c>profile</c> for the profile, stage, fan flag,
/// recycling instant, last activity and score; <c>h:{at ticks, 19 digits}:{position}:{from}:{to}</c> for one applied
/// transition each, so a range query returns the history in time order and the history grows by rows, never inside
/// one property; <c>journey</c> for the touches the last evaluation decided from, compressed (<see cref="JourneyAsync"/>),
/// written in the profile's transaction with a tag the profile names, so that a reader of both in one range query knows
/// they were written together (<see cref="ReadWithJourneyAsync"/>).</para>
/// <para>Updates are read-decide-write: <see cref="UpdateAsync"/> reads the profile row with its ETag (which lists the
/// history rows written with it, so no query finds the rows to delete), asks
/// the caller's pure decision, and writes the profile (If-Match, or insert for a new person) together with
/// its history rows in one entity-group transaction, so the stage and its history never disagree. The change
/// carries the person's whole history: rows of transitions it no longer holds (an evaluation on fewer facts
/// than a later one, e.g. a touch that arrived late) are deleted in that transaction. A lost
/// race (412/409) re-reads and decides again (<see cref="ETagRetry"/>): concurrent updates are all applied,
/// never last-writer-wins. History row keys (instant, position in the history, stages) are deterministic and
/// written as upserts, so a replayed transition rewrites the same row. More than 99 transitions in one update spill into further transactions.</para>
/// <para>A deployment from before the shards kept each person in their own partition of the <c>People</c> table. While
/// that table holds rows, a person not found in the shards is read from it (a missing row must not pass for someone
/// never evaluated), and their first write moves them: the new rows are inserted, then the old ones deleted
/// (<see cref="PersonStore"/>'s <c>Legacy</c> part).</para>
/// </remarks>
public sealed partial class PersonStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.PeopleTable);

    public async Task<PersonRecord?> GetAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var (row, _) = await FindProfileAsync(email, cancellationToken);
        return row is null ? null : ToDomain(row);
    }

    /// <summary>
    /// The person's read model: the profile row and the history, two keyed requests on one partition; null when
    /// the person was never evaluated.
    /// </summary>
    public async Task<StoredPerson?> ViewAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        // The history where a person's rows are now is read beside the profile; a person still in the old table, after.
        var history = HistoryAsync(PersonRows.Sharded(email), cancellationToken);
        var (row, rows) = await FindProfileAsync(email, cancellationToken);
        var transitions = await history;
        return row is null ? null : new StoredPerson(ToDomain(row), rows.Legacy ? await HistoryAsync(rows, cancellationToken) : transitions);
    }

    /// <summary>The person's applied transitions in time order.</summary>
    public async Task<IReadOnlyList<StageTransition>> HistoryAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var (_, rows) = await FindProfileAsync(email, cancellationToken);
        return await HistoryAsync(rows, cancellationToken);
    }

    private async Task<IReadOnlyList<StageTransition>> HistoryAsync(PersonRows rows, CancellationToken cancellationToken)
    {
        var history = await TableQueries.RowPrefixAsync<LifecycleHistoryEntity>(TableOf(rows), rows.Partition, rows.History, cancellationToken);
        return history.Select(ToDomain).ToList();
    }

    /// <summary>
    /// Applies <paramref name="decide"/> to the stored person (null when new) and stores its answer; a null
    /// answer writes nothing. The decision may run several times (once per lost race), so it must be pure.
    /// </summary>
    public Task<PersonUpdateResult> UpdateAsync(
        EmailAddress email, Func<PersonRecord?, PersonChange?> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return ETagRetry.RunAsync($"update person '{email}'", _retry, async ct =>
        {
            var read = await ReadAsync(email, ct);
            return await TryUpdateAsync(email, read, decide, ct);
        }, cancellationToken);
    }

    /// <summary>The profile row as stored now, for an update that starts from it (<see cref="PersonSnapshot"/>).</summary>
    public async Task<PersonSnapshot> ReadAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var (row, rows) = await FindProfileAsync(email, cancellationToken);
        return new PersonSnapshot(rows, row, row is null ? null : ToDomain(row));
    }

    /// <summary>
    /// The profile row as stored now with the journey its evaluation kept whole (<see cref="PersonSnapshot.Journey"/>),
    /// both in one range query: what an evaluation of new touches alone starts from.
    /// </summary>
    public async Task<PersonSnapshot> ReadWithJourneyAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var sharded = PersonRows.Sharded(email);
        var (from, to) = sharded.ProfileAndJourney;
        var found = await TableQueries.RowRangeAsync<TableEntity>(Table, sharded.Partition, from, to, cancellationToken);
        var rows = sharded;
        if (found.Count == 0 && await LegacyAsync(cancellationToken))
        {
            rows = PersonRows.Old(email);
            found = await OldRowsAsync(table => TableQueries.RowsAsync<TableEntity>(table, rows.Partition, [rows.Journey, rows.Profile], cancellationToken));
        }

        if (found.SingleOrDefault(r => r.RowKey == rows.Profile) is not { } profile)
        {
            return new PersonSnapshot(sharded, null, null);
        }

        var row = TableRows.As<PersonEntity>(profile);
        var journey = found.SingleOrDefault(r => r.RowKey == rows.Journey) is { } kept ? WholeJourneyOf(row, kept) : null;
        return new PersonSnapshot(rows, row, ToDomain(row), journey);
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
        return TryUpdateAsync(email, read, _ => change, cancellationToken);
    }

    private async Task<PersonUpdateResult> TryUpdateAsync(
        EmailAddress email, PersonSnapshot read, Func<PersonRecord?, PersonChange?> decide, CancellationToken cancellationToken)
    {
        var current = read.Row is null ? null : ToDomain(read.Row);
        if (decide(current) is not { } change)
        {
            return new PersonUpdateResult(PersonUpdateOutcome.Unchanged, current);
        }

        if (change.Person.Email != email)
        {
            throw new InvalidOperationException($"An update of '{email}' returned the person '{change.Person.Email}'.");
        }

        try
        {
            await SubmitAsync(await ActionsOfAsync(read, change, trustListedHistory: true, cancellationToken), cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404 && read.Row?.HistoryRows is not null && !read.Rows.Legacy)
        {
            // A listed history row is gone (an interrupted erasure of a long history): list the rows that are there.
            await SubmitAsync(await ActionsOfAsync(read, change, trustListedHistory: false, cancellationToken), cancellationToken);
        }

        await ForgetOldRowsAsync(read, cancellationToken);
        return new PersonUpdateResult(read.Row is null ? PersonUpdateOutcome.Created : PersonUpdateOutcome.Updated, change.Person);
    }

    /// <summary>The first transaction is atomic (the profile, its journey and the first history rows); the rest follow.</summary>
    private async Task SubmitAsync(PersonWrite write, CancellationToken cancellationToken)
    {
        await Table.SubmitTransactionAsync(write.Atomic, cancellationToken);
        await EntityGroups.SubmitAsync(Table, write.Overflow, cancellationToken);
    }

    /// <summary>
    /// The actions that store <paramref name="change"/> over <paramref name="read"/>: the profile (If-Match the version read,
    /// or an insert), the journey and the history rows, deletions of rows it no longer holds first.
    /// </summary>
    private async Task<PersonWrite> ActionsOfAsync(PersonSnapshot read, PersonChange change, bool trustListedHistory, CancellationToken cancellationToken)
    {
        var email = change.Person.Email;
        var rows = PersonRows.Sharded(email);
        // A person read from the old table is inserted here; their old rows are deleted once this is written.
        var row = read.Rows.Legacy ? null : read.Row;

        // The profile lists the history rows written with it, so an update deletes the rows it no longer holds without
        // a query; the ETag on the profile makes the list as current as the rows.
        var stored = row is null ? []
            : trustListedHistory && row.HistoryRows is { } listed ? listed.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : (await TableQueries.RowPrefixAsync<TableEntity>(Table, rows.Partition, rows.History, cancellationToken)).Select(e => e.RowKey).ToArray();
        var entity = ToEntity(rows, change.Person);
        var history = change.Transitions.Select((t, position) => ToEntity(rows, t, position)).DistinctBy(e => e.RowKey).ToList();
        var kept = history.Select(e => e.RowKey).ToHashSet(StringComparer.Ordinal);
        var actions = stored
            .Where(key => !kept.Contains(key))
            .Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(rows.Partition, key), ETag.All))
            .Concat(history.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)))
            .ToList();

        // The profile, the journey it was decided from and the first history rows (deletions first) are one atomic
        // transaction; overflow rows follow, and a profile whose rows spill over does not list them (they might not all
        // be written).
        var profile = row is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, row.ETag);
        // A new journey gets a new tag; a write without one leaves the kept journey, and its tag, as they are (a person
        // moved from the old table brings it along).
        entity.JourneyTag = change.Journey is null ? read.Row?.JourneyTag : Guid.NewGuid().ToString("N");
        var journey = change.Journey is { } touches ? JourneyWrite(rows, touches, change.Scope, entity.JourneyTag!)
            : read.Rows.Legacy ? await MovedJourneyAsync(read.Rows, rows, cancellationToken)
            : null;
        TableTransactionAction[] lead = journey is null ? [profile] : [profile, journey];
        var room = TableLimits.MaxTransactionActions - lead.Length;
        entity.HistoryRows = actions.Count <= room ? string.Join('\n', history.Select(e => e.RowKey)) : null;
        return new PersonWrite(email, [.. lead, .. actions.Take(room)], actions.Skip(room).ToList());
    }

    private TableClient TableOf(PersonRows rows) => rows.Legacy ? LegacyTable : Table;

    /// <summary>The profile row in the shards or, while the old table holds rows, in it; with where it was looked for last.</summary>
    private async Task<(PersonEntity? Row, PersonRows Rows)> FindProfileAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        var rows = PersonRows.Sharded(email);
        var row = await TableQueries.FindAsync<PersonEntity>(Table, rows.Partition, rows.Profile, cancellationToken);
        if (row is not null || !await LegacyAsync(cancellationToken))
        {
            return (row, rows);
        }

        var old = PersonRows.Old(email);
        row = await TableQueries.FindAsync<PersonEntity>(LegacyTable, old.Partition, old.Profile, cancellationToken);
        return row is null ? (null, rows) : (row, old);
    }

    /// <summary>One person's write: the actions that are one transaction, and the history rows past it.</summary>
    private sealed record PersonWrite(EmailAddress Email, IReadOnlyList<TableTransactionAction> Atomic, IReadOnlyList<TableTransactionAction> Overflow);
}
