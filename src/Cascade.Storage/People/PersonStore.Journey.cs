using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.Tables;
using Cascade.Storage.Touchpoints;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    /// <summary>Parts of 64 KiB at most: thousands of whole touches compressed (fewer with long page URLs or profiles); a longer journey is not kept.</summary>
    private const int MaxJourneyParts = 8;

    /// <summary>True on a journey row that also keeps the person's scope milestones (<see cref="ScopeAsync"/>).</summary>
    private const string ScopeKeptName = "ScopeKept";

    /// <summary>
    /// On a journey row that keeps every field of every touch (<see cref="JourneyTouch"/>), the tag its profile names
    /// (<see cref="PersonEntity.JourneyTag"/>), new with each journey written: rows from before kept only what the reports
    /// read, which an evaluation cannot decide from, and have none.
    /// </summary>
    private const string TagName = "Tag";

    /// <summary>
    /// The person's journey (their touches and their stitched cookies' touches) as their last evaluation read it, in one
    /// keyed read (rows kept before touches were kept whole have each touch's identity, instant, type, channel, origin
    /// and campaign, not its content or profile: what these readers use). Null
    /// when none is kept (no evaluation since journeys were kept, or one too long for a row): then read the touches.
    /// </summary>
    public async Task<IReadOnlyList<Touchpoint>?> JourneyAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var row = await FindJourneyAsync(email, cancellationToken);
        return row is not null && CompressedParts.Get(row) is { } parts ? JourneyTouch.Decode(parts) : null;
    }

    /// <summary>
    /// The person's part in their deals' scopes as their last evaluation kept it (<see cref="PersonChange.Scope"/>): the
    /// kept journey with the touches that made them known and MQL, in one keyed read. Null when none is kept (no
    /// evaluation since scopes were kept, a journey too long for a row, or a replay that might not last): then replay
    /// the person's facts.
    /// </summary>
    public async Task<ScopePerson?> ScopeAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        await FindJourneyAsync(email, cancellationToken) is { } row ? ScopeOf(row) : null;

    /// <summary>
    /// The kept parts (<see cref="ScopeAsync"/>) of those of <paramref name="people"/> whose rows are among the people at
    /// <paramref name="domain"/> (a normalized company domain), in one range read of that company's rows when they are
    /// two or more: each with a journey row there maps to their part, or to null when it keeps none or there is none (replay
    /// their facts). Whoever is left out — at another company, alone at this one, or possibly still in the old table — is
    /// read with <see cref="ScopeAsync"/>.
    /// </summary>
    public async Task<IReadOnlyDictionary<EmailAddress, ScopePerson?>> ScopesAtAsync(
        string domain, IEnumerable<EmailAddress> people, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(domain);
        ArgumentNullException.ThrowIfNull(people);
        var at = people.Where(p => PersonRows.IsAt(p, domain)).Distinct().ToList();
        var kept = new Dictionary<EmailAddress, ScopePerson?>();
        if (at.Count < 2)
        {
            return kept;
        }

        var (partition, prefix) = PersonRows.AtDomain(domain);
        var rows = (await TableQueries.RowPrefixAsync<TableEntity>(Table, partition, prefix, cancellationToken)).ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        // Without the old table, a person at the company with no journey row here has none anywhere.
        var nowhereElse = !await LegacyAsync(cancellationToken);
        foreach (var person in at)
        {
            if (rows.TryGetValue(PersonRows.Sharded(person).Journey, out var row))
                kept[person] = ScopeOf(row);
            else if (nowhereElse)
                kept[person] = null;
        }

        return kept;
    }

    private static ScopePerson? ScopeOf(TableEntity row) =>
        row.GetBoolean(ScopeKeptName) == true && CompressedParts.Get(row) is { } parts
            ? new ScopePerson(JourneyTouch.Decode(parts), row.GetString(nameof(ScopePerson.KnownBy)), row.GetString(nameof(ScopePerson.MqlBy)))
            : null;

    /// <summary>
    /// The touches of the journey row <paramref name="profile"/> was written with, when that is <paramref name="row"/>
    /// and it keeps them whole; null otherwise (a row of another write, read beside a newer or older profile, is never
    /// taken for its own).
    /// </summary>
    private static List<Touchpoint>? WholeJourneyOf(PersonEntity profile, TableEntity row) =>
        profile.JourneyTag is { } tag && row.GetString(TagName) == tag && CompressedParts.Get(row) is { } parts ? JourneyTouch.Decode(parts) : null;

    /// <summary>
    /// The write of <paramref name="journey"/>'s row, with <paramref name="scope"/>'s milestones when given, which goes in
    /// the profile's own transaction so the two never disagree; a journey too long for a row leaves a row without parts
    /// (readers then read the touches).
    /// </summary>
    private static TableTransactionAction JourneyWrite(PersonRows rows, IReadOnlyList<Touchpoint> journey, ScopePerson? scope, string tag)
    {
        var row = new TableEntity(rows.Partition, rows.Journey);
        if (JourneyTouch.Encode(journey, MaxJourneyParts) is { } parts)
        {
            CompressedParts.Put(row, parts);
            row[TagName] = tag;
        }

        if (scope is not null)
        {
            row[ScopeKeptName] = true;
            row[nameof(ScopePerson.KnownBy)] = scope.KnownBy;
            row[nameof(ScopePerson.MqlBy)] = scope.MqlBy;
        }

        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
    }

    /// <summary>The journey row in the shards or, when none is there and the old table holds rows, in it.</summary>
    private async Task<TableEntity?> FindJourneyAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        var rows = PersonRows.Sharded(email);
        if (await TableQueries.FindAsync<TableEntity>(Table, rows.Partition, rows.Journey, cancellationToken) is { } row)
        {
            return row;
        }

        var old = PersonRows.Old(email);
        return await LegacyAsync(cancellationToken)
            ? await TableQueries.FindAsync<TableEntity>(LegacyTable, old.Partition, old.Journey, cancellationToken)
            : null;
    }

    /// <summary>
    /// The journey row of a person read from the old table, copied to <paramref name="to"/> for a write that keeps the
    /// journey as it is; null when they had none.
    /// </summary>
    private async Task<TableTransactionAction?> MovedJourneyAsync(PersonRows from, PersonRows to, CancellationToken cancellationToken)
    {
        if (await TableQueries.FindAsync<TableEntity>(LegacyTable, from.Partition, from.Journey, cancellationToken) is not { } row)
        {
            return null;
        }

        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, TableRows.Moved(row, to.Partition, to.Journey));
    }
}
