using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    /// <summary>The row that keeps the person's journey as their last evaluation read it.</summary>
    private const string JourneyRow = "journey";

    /// <summary>Parts of 64 KiB at most: about 20,000 touches compressed; a longer journey is not kept.</summary>
    private const int MaxJourneyParts = 8;

    /// <summary>True on a journey row that also keeps the person's scope milestones (<see cref="ScopeAsync"/>).</summary>
    private const string ScopeKeptName = "ScopeKept";

    /// <summary>
    /// The person's journey (their touches and their stitched cookies' touches) as their last evaluation read it, in one
    /// keyed read: each touch's identity, instant, type, channel, origin and campaign, not its content or profile. Null
    /// when none is kept (no evaluation since journeys were kept, or one too long for a row): then read the touches.
    /// </summary>
    public async Task<IReadOnlyList<Touchpoint>?> JourneyAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<TableEntity>(Table, PartitionOf(email), JourneyRow, cancellationToken);
        return row is not null && CompressedParts.Get(row) is { } parts ? TouchesOf(parts) : null;
    }

    /// <summary>
    /// The person's part in their deals' scopes as their last evaluation kept it (<see cref="PersonChange.Scope"/>): the
    /// kept journey with the touches that made them known and MQL, in one keyed read. Null when none is kept (no
    /// evaluation since scopes were kept, a journey too long for a row, or a replay that might not last): then replay
    /// the person's facts.
    /// </summary>
    public async Task<ScopePerson?> ScopeAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<TableEntity>(Table, PartitionOf(email), JourneyRow, cancellationToken);
        return row is not null && row.GetBoolean(ScopeKeptName) == true && CompressedParts.Get(row) is { } parts
            ? new ScopePerson(TouchesOf(parts), row.GetString(nameof(ScopePerson.KnownBy)), row.GetString(nameof(ScopePerson.MqlBy)))
            : null;
    }

    private static List<Touchpoint> TouchesOf(IEnumerable<byte[]> parts) =>
        CompressedParts.Decode<List<JourneyTouch>>(parts).Select(t => t.ToTouchpoint()).ToList();

    /// <summary>
    /// The write of <paramref name="journey"/>'s row, with <paramref name="scope"/>'s milestones when given, which goes in
    /// the profile's own transaction so the two never disagree; a journey too long for a row leaves a row without parts
    /// (readers then read the touches).
    /// </summary>
    private static TableTransactionAction JourneyWrite(EmailAddress email, IReadOnlyList<Touchpoint> journey, ScopePerson? scope)
    {
        var row = new TableEntity(PartitionOf(email), JourneyRow);
        if (CompressedParts.Encode(journey.Select(JourneyTouch.Of).ToList(), MaxJourneyParts) is { } parts)
        {
            CompressedParts.Put(row, parts);
        }

        if (scope is not null)
        {
            row[ScopeKeptName] = true;
            row[nameof(ScopePerson.KnownBy)] = scope.KnownBy;
            row[nameof(ScopePerson.MqlBy)] = scope.MqlBy;
        }

        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
    }
}
