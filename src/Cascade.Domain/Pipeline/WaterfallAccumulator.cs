namespace Cascade.Domain.Pipeline;

/// <summary>
/// Sums the waterfall of one quarter over opportunity histories. Every booking is a split of the
/// change of one opportunity's in-scope value, so S + N + V − W − L = E holds per opportunity and in
/// total. The rules are documented on <see cref="PipelineWaterfall"/>.
/// </summary>
internal sealed class WaterfallAccumulator(Quarter quarter, List<AmountChange>? amountChanges = null)
{
    // Close-date bounds of Q's window [Q, Q+4) and of the quarter entering it, compared as plain dates.
    private readonly DateOnly _windowStart = DateOnly.FromDateTime(quarter.Start.UtcDateTime);
    private readonly DateOnly _quarterEnd = DateOnly.FromDateTime(quarter.End.UtcDateTime);
    private readonly DateOnly _windowEnd = DateOnly.FromDateTime(quarter.Plus(4).Start.UtcDateTime);
    private readonly DateOnly _enteringEnd = DateOnly.FromDateTime(quarter.Plus(5).Start.UtcDateTime);
    private readonly Dictionary<int, (decimal Amount, int Count)> _byCloseQuarter = [];
    private decimal _starting, _new, _won, _lost, _ending;
    private decimal _amountChanges, _pulledIn, _pushedOut, _slipped, _entering;
    private int _startingCount, _newCount, _wonCount, _lostCount, _endingCount;

    public void Add(OpportunityHistory history)
    {
        var timeline = history.Timeline;
        var first = history.IndexAtOrAfter(quarter.Start, inclusive: true);
        OpportunityState? state = first == 0 ? null : timeline[first - 1].State;
        if (state is { } s && InWindow(s))
        {
            _starting += s.Amount;
            _startingCount++;
        }

        for (var i = first; i < timeline.Count && timeline[i].At < quarter.End; i++)
        {
            var after = timeline[i].State;
            if (state is { } before)
            {
                var booked = _amountChanges;
                Book(before, after);
                if (amountChanges is not null && _amountChanges != booked)
                {
                    amountChanges.Add(new AmountChange(history.OpportunityId, timeline[i].At, PreviousVersionAt(history, timeline[i].At), _amountChanges - booked));
                }
            }
            else if (InWindow(after))
            {
                _new += after.Amount;
                _newCount++;
            }

            state = after;
        }

        if (state is { IsOpen: true } last)
        {
            EndQuarter(last);
        }
    }

    public PipelineWaterfall ToWaterfall() => new()
    {
        Quarter = quarter,
        Starting = _starting,
        New = _new,
        Items = new ValueChangeItems(_amountChanges, _pulledIn, _pushedOut, _slipped, _entering),
        ClosedWon = _won,
        ClosedLost = _lost,
        Ending = _ending,
        Counts = new WaterfallCounts(_startingCount, _newCount, _wonCount, _lostCount, _endingCount),
        ByCloseQuarter = _byCloseQuarter
            .OrderBy(p => p.Key)
            .Select(p => new PipelineByCloseQuarter(quarter.Plus(p.Key), p.Value.Amount, p.Value.Count))
            .ToList(),
    };

    private void Book(OpportunityState before, OpportunityState after)
    {
        var wasIn = InWindow(before);
        if (OpportunityChange.IsClose(before, after))
        {
            if (wasIn)
            {
                _amountChanges += after.Amount - before.Amount;
            }
            else if (InWindow(after with { Status = OpportunityStatus.Open }))
            {
                _pulledIn += after.Amount;
            }
            else
            {
                return;
            }

            if (after.Status == OpportunityStatus.Won)
            {
                _won += after.Amount;
                _wonCount++;
            }
            else
            {
                _lost += after.Amount;
                _lostCount++;
            }

            return;
        }

        var isIn = InWindow(after);
        if (wasIn)
        {
            _amountChanges += after.Amount - before.Amount;
            if (!isIn)
            {
                _pushedOut -= after.Amount;
            }
        }
        else if (isIn)
        {
            _pulledIn += after.Amount;
        }
    }

    /// <summary>The latest counted version before <paramref name="at"/>; the creation when none is.</summary>
    private static DateTimeOffset PreviousVersionAt(OpportunityHistory history, DateTimeOffset at)
    {
        var previous = history.Timeline[0].At;
        foreach (var version in history.Versions)
        {
            if (version.UpdatedAt < at && version.UpdatedAt > previous)
            {
                previous = version.UpdatedAt;
            }
        }

        return previous;
    }

    /// <summary>Q's end: the window moves on by one quarter.</summary>
    private void EndQuarter(OpportunityState open)
    {
        var close = open.CloseDate;
        if (close >= _windowStart && close < _quarterEnd)
        {
            _slipped -= open.Amount;
        }
        else if (close >= _windowEnd && close < _enteringEnd)
        {
            _entering += open.Amount;
        }

        if (close >= _quarterEnd && close < _enteringEnd)
        {
            _ending += open.Amount;
            _endingCount++;
            var offset = Quarter.Of(close, quarter.Calendar).Ordinal - quarter.Ordinal;
            _byCloseQuarter[offset] = _byCloseQuarter.TryGetValue(offset, out var sum)
                ? (sum.Amount + open.Amount, sum.Count + 1)
                : (open.Amount, 1);
        }
    }

    /// <summary>Open and closing in Q's window (Q … Q+3).</summary>
    private bool InWindow(OpportunityState state) =>
        state.IsOpen && state.CloseDate >= _windowStart && state.CloseDate < _windowEnd;
}
