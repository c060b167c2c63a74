using System.Runtime.InteropServices;
using Cascade.Domain.Identity;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// The history of one opportunity, built from the CRM's versions kept by their <c>updatedAt</c> (domain §6): the same
/// versions in any arrival order give the same history.
/// </summary>
/// <remarks>
/// Rules:
/// <list type="bullet">
/// <item>Which version is kept is <see cref="OpportunityVersionRule"/>'s decision: stale ones (before <c>createdAt</c>),
/// replays and outranked ones at an instant already held are ignored; any other is kept at its <c>updatedAt</c>,
/// older or newer than the versions already held.</item>
/// <item>The earliest version stands for the creation at its <c>CreatedAt</c>, with its amount and close date. When it
/// is already closed, the opportunity is taken as created open at <c>CreatedAt</c> and closed won/lost at the close
/// instant below, so that it still shows as new pipeline and as won or lost.</item>
/// <item>Each later version is diffed against the one before it and dated by its <c>UpdatedAt</c>; a version that
/// changes nothing the reports use (amount, close date, stage, status) adds no timeline entry.</item>
/// <item>A close is dated at the closing version's <c>ClosedAt</c> when it lies between the previous version's instant
/// (the creation for the earliest version) and the closing version's <c>UpdatedAt</c>, else at that <c>UpdatedAt</c>.</item>
/// <item>The timeline never goes back in time: a change is dated no earlier than the one before it.</item>
/// </list>
/// </remarks>
public sealed class OpportunityHistory
{
    private readonly SortedList<DateTimeOffset, Opportunity> _versions = [];
    private IReadOnlyList<Opportunity> _counted = [];
    private List<OpportunityChange> _timeline = [];

    public OpportunityHistory(string opportunityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opportunityId);
        OpportunityId = opportunityId;
    }

    public string OpportunityId { get; }

    /// <summary>The latest version that counts (by <c>updatedAt</c>): the current state; null before the first documented one.</summary>
    public Opportunity? Current => _counted.Count == 0 ? null : _counted[^1];

    /// <summary>The earliest version that counts, which stands for the creation (its amount is the pipeline created).</summary>
    public Opportunity? Created => _counted.Count == 0 ? null : _counted[0];

    /// <summary>
    /// The versions that count, oldest <c>updatedAt</c> first: from the earliest fully documented one, each complete
    /// (<see cref="OpportunityDocumentation"/>).
    /// </summary>
    public IReadOnlyList<Opportunity> Versions => _counted;

    /// <summary>Every version kept, documented or not, oldest <c>updatedAt</c> first.</summary>
    public IReadOnlyList<Opportunity> Received => _versions.Values.AsReadOnly();

    /// <summary>True once a version supplies both the amount and the close date: before that the deal is in no figure.</summary>
    public bool IsDocumented => _counted.Count > 0;

    /// <summary>Every change in time order (non-decreasing <see cref="OpportunityChange.At"/>).</summary>
    public IReadOnlyList<OpportunityChange> Timeline => _timeline;

    /// <summary>
    /// The CRM versions of many opportunities, in any order → one history per documented opportunity, in order of first
    /// arrival (each history is the same whatever the order). A deal no version documents is left out: it is in no figure.
    /// </summary>
    public static IReadOnlyList<OpportunityHistory> FromArrivals(IEnumerable<Opportunity> versions)
    {
        var byId = new Dictionary<string, OpportunityHistory>(StringComparer.Ordinal);
        var ordered = new List<OpportunityHistory>();
        foreach (var version in versions)
        {
            if (OpportunityVersionRule.IsStale(version))
            {
                continue;
            }

            if (!byId.TryGetValue(version.OpportunityId, out var history))
            {
                history = new OpportunityHistory(version.OpportunityId);
                byId.Add(version.OpportunityId, history);
                ordered.Add(history);
            }

            history.Apply(version);
        }

        return ordered.Where(h => h.IsDocumented).ToList();
    }

    /// <summary>The history of one opportunity's <paramref name="versions"/>; null when none documents it.</summary>
    public static OpportunityHistory? Of(IEnumerable<Opportunity> versions) => FromArrivals(versions) is [var history, ..] ? history : null;

    /// <summary>Keeps one more CRM version of this opportunity, wherever its <c>updatedAt</c> falls.</summary>
    /// <returns>
    /// What <see cref="OpportunityVersionRule"/> decided and, when kept, the timeline entries from the first one the
    /// version changed onwards (none when it changed nothing the reports use).
    /// </returns>
    /// <exception cref="ArgumentException">The version belongs to another opportunity (a caller bug).</exception>
    public OpportunityUpdateResult Apply(Opportunity version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (!string.Equals(version.OpportunityId, OpportunityId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Version of '{version.OpportunityId}' applied to the history of '{OpportunityId}'.", nameof(version));
        }

        var outcome = OpportunityVersionRule.Decide(version, _versions.GetValueOrDefault(version.UpdatedAt));
        if (outcome != OpportunityUpdateOutcome.Accepted)
        {
            return OpportunityUpdateResult.Ignored(outcome);
        }

        // Rebuilt from every version: an undocumented version, or a documenting one, changes what counts before it.
        _versions[version.UpdatedAt] = version;
        var before = _timeline;
        _counted = OpportunityDocumentation.Effective([.. _versions.Values]);
        _timeline = _counted.Count == 0 ? [] : Rebuild(_counted);
        var common = 0;
        while (common < before.Count && common < _timeline.Count && before[common] == _timeline[common])
        {
            common++;
        }

        return OpportunityUpdateResult.Accepted(_timeline[common..]);
    }

    /// <summary>
    /// When this opportunity first named <paramref name="person"/> (domain §3): the creation's <c>createdAt</c> when the
    /// earliest version names them, else the <c>updatedAt</c> of the first version that does; null when none does.
    /// </summary>
    public DateTimeOffset? FirstNamed(EmailAddress person, string? personAccount)
    {
        for (var i = 0; i < _counted.Count; i++)
        {
            var version = _counted[i];
            if (version.Names(person, personAccount))
            {
                return i == 0 ? version.CreatedAt : version.UpdatedAt;
            }
        }

        return null;
    }

    /// <summary>The state in force at <paramref name="instant"/> (changes at that instant included); null before creation.</summary>
    public OpportunityState? StateAt(DateTimeOffset instant)
    {
        var after = IndexAtOrAfter(instant, inclusive: false);
        return after == 0 ? null : _timeline[after - 1].State;
    }

    /// <summary>The state just before <paramref name="instant"/> (changes at that instant excluded); null before creation.</summary>
    public OpportunityState? StateBefore(DateTimeOffset instant)
    {
        var at = IndexAtOrAfter(instant, inclusive: true);
        return at == 0 ? null : _timeline[at - 1].State;
    }

    /// <summary>The changes dated inside [Start, End) of the quarter.</summary>
    public ReadOnlySpan<OpportunityChange> ChangesIn(Quarter quarter) => ChangesBetween(quarter.Start, quarter.End);

    /// <summary>The changes dated inside [from, to).</summary>
    public ReadOnlySpan<OpportunityChange> ChangesBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var first = IndexAtOrAfter(from, inclusive: true);
        var end = Math.Max(first, IndexAtOrAfter(to, inclusive: true));
        return CollectionsMarshal.AsSpan(_timeline)[first..end];
    }

    /// <summary>
    /// Binary search: the first index whose change is at or after (<paramref name="inclusive"/>) or
    /// strictly after the instant.
    /// </summary>
    internal int IndexAtOrAfter(DateTimeOffset instant, bool inclusive)
    {
        int lo = 0, hi = _timeline.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var at = _timeline[mid].At;
            if (inclusive ? at < instant : at <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static List<OpportunityChange> Rebuild(IReadOnlyList<Opportunity> versions)
    {
        var timeline = Create(versions[0]);
        for (var i = 1; i < versions.Count; i++)
        {
            timeline.AddRange(Next(versions[i - 1], versions[i], timeline[^1]));
        }

        return timeline;
    }

    private static List<OpportunityChange> Create(Opportunity earliest)
    {
        var closed = OpportunityState.Of(earliest);
        if (closed.IsOpen)
        {
            return [new OpportunityChange(earliest.CreatedAt, OpportunityChangeKind.Created, closed)];
        }

        var open = closed with { Status = OpportunityStatus.Open };
        return
        [
            new OpportunityChange(earliest.CreatedAt, OpportunityChangeKind.Created, open),
            new OpportunityChange(CloseInstant(earliest.CreatedAt, earliest), OpportunityChange.Diff(open, closed), closed),
        ];
    }

    private static OpportunityChange[] Next(Opportunity previous, Opportunity version, OpportunityChange last)
    {
        var next = OpportunityState.Of(version);
        var kind = OpportunityChange.Diff(last.State, next);
        if (kind == OpportunityChangeKind.None)
        {
            return [];
        }

        var at = OpportunityChange.IsClose(last.State, next) ? CloseInstant(previous.UpdatedAt, version) : version.UpdatedAt;
        return [new OpportunityChange(Max(last.At, at), kind, next)];
    }

    /// <summary>The closing version's <c>ClosedAt</c> when it lies in [<paramref name="previous"/>, <c>UpdatedAt</c>], else its <c>UpdatedAt</c>.</summary>
    private static DateTimeOffset CloseInstant(DateTimeOffset previous, Opportunity closing) =>
        closing.ClosedAt is { } closedAt && closedAt >= previous && closedAt <= closing.UpdatedAt ? closedAt : closing.UpdatedAt;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
