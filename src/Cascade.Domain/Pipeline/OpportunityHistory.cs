using System.Runtime.InteropServices;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// The history of one opportunity, built from the CRM's full states in arrival order (domain §6).
/// </summary>
/// <remarks>
/// Rules:
/// <list type="bullet">
/// <item>A state whose <c>UpdatedAt</c> is not newer than the stored one is <see cref="OpportunityUpdateOutcome.Stale"/>
/// and ignored.</item>
/// <item>The first state received stands for the creation at its <c>CreatedAt</c>, with its amount and close
/// date. When that first state is already closed, the opportunity is taken as created open at
/// <c>CreatedAt</c> and closed won/lost at <c>ClosedAt ?? UpdatedAt</c> (never before <c>CreatedAt</c>),
/// so that it still shows as new pipeline and as won or lost.</item>
/// <item>Later states are diffed against the current one and dated by their <c>UpdatedAt</c>; a state that
/// changes nothing the reports use (amount, close date, stage, status) is accepted without a timeline
/// entry. <c>CreatedAt</c> of later states is not re-read: creation is fixed by the first state.</item>
/// <item>The timeline never goes back in time: a change is dated no earlier than the one before it
/// (guards against a <c>ClosedAt</c> later than the next update's <c>UpdatedAt</c>).</item>
/// </list>
/// </remarks>
public sealed class OpportunityHistory
{
    private readonly List<OpportunityChange> _timeline = [];

    public OpportunityHistory(string opportunityId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opportunityId);
        OpportunityId = opportunityId;
    }

    public string OpportunityId { get; }

    /// <summary>The latest accepted CRM state; null before the first one.</summary>
    public Opportunity? Current { get; private set; }

    /// <summary>The first state received, which stands for the creation (its amount is the pipeline created).</summary>
    public Opportunity? Created { get; private set; }

    /// <summary>Every change in time order (non-decreasing <see cref="OpportunityChange.At"/>).</summary>
    public IReadOnlyList<OpportunityChange> Timeline => _timeline;

    /// <summary>The CRM states of many opportunities in arrival order → one history per opportunity, in order of first arrival.</summary>
    public static IReadOnlyList<OpportunityHistory> FromArrivals(IEnumerable<Opportunity> states)
    {
        var byId = new Dictionary<string, OpportunityHistory>(StringComparer.Ordinal);
        var ordered = new List<OpportunityHistory>();
        foreach (var state in states)
        {
            if (!byId.TryGetValue(state.OpportunityId, out var history))
            {
                history = new OpportunityHistory(state.OpportunityId);
                byId.Add(state.OpportunityId, history);
                ordered.Add(history);
            }

            history.Apply(state);
        }

        return ordered;
    }

    /// <summary>Applies the next CRM state received for this opportunity.</summary>
    /// <exception cref="ArgumentException">The state belongs to another opportunity (a caller bug).</exception>
    public OpportunityUpdateResult Apply(Opportunity state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!string.Equals(state.OpportunityId, OpportunityId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"State of '{state.OpportunityId}' applied to the history of '{OpportunityId}'.", nameof(state));
        }

        if (Current is { } current && state.UpdatedAt <= current.UpdatedAt)
        {
            return OpportunityUpdateResult.Stale;
        }

        var changes = Current is null ? Create(state) : Update(state);
        Created ??= state;
        Current = state;
        _timeline.AddRange(changes);
        return OpportunityUpdateResult.Accepted(changes);
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

    private static OpportunityChange[] Create(Opportunity state)
    {
        var closed = OpportunityState.Of(state);
        if (closed.IsOpen)
        {
            return [new OpportunityChange(state.CreatedAt, OpportunityChangeKind.Created, closed)];
        }

        var open = closed with { Status = OpportunityStatus.Open };
        var closedAt = Max(state.CreatedAt, state.ClosedAt ?? state.UpdatedAt);
        return
        [
            new OpportunityChange(state.CreatedAt, OpportunityChangeKind.Created, open),
            new OpportunityChange(closedAt, OpportunityChange.Diff(open, closed), closed),
        ];
    }

    private OpportunityChange[] Update(Opportunity state)
    {
        var last = _timeline[^1];
        var next = OpportunityState.Of(state);
        var kind = OpportunityChange.Diff(last.State, next);
        return kind == OpportunityChangeKind.None
            ? []
            : [new OpportunityChange(Max(last.At, state.UpdatedAt), kind, next)];
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
