namespace Cascade.Domain.Pipeline;

/// <summary>
/// The six-element pipeline waterfall of one quarter Q (domain §6): S + N + V − W − L = E, exactly.
/// </summary>
/// <remarks>
/// <para>An opportunity is in scope at an instant when it is open and its close date lies in the window of
/// that instant's quarter (the quarter and the three after it). Changes dated in [Q.Start, Q.End) belong
/// to Q; <see cref="Starting"/> is the pipeline just before the first change of Q, <see cref="Ending"/>
/// the pipeline after the last one, under the next quarter's window (so it equals the next S).</para>
/// <para>Each change moves the opportunity's in-scope value (its amount when in scope, else 0) and that
/// move is booked, in full, as follows — which is why the waterfall reconciles by construction:</para>
/// <list type="bullet">
/// <item>creation in scope → <see cref="New"/>; creation out of the window → nothing (it may be pulled in later);</item>
/// <item>close (open → won/lost) of an in-scope opportunity → its amount change, then its amount at close
/// as <see cref="ClosedWon"/>/<see cref="ClosedLost"/>, whatever close date the closing state carries;</item>
/// <item>close of an out-of-scope opportunity whose closing close date lies in the window (typically a
/// far-out deal closed early) → pulled in at its amount at close, then won/lost, so every deal won
/// against the window shows in W; a close with a close date still outside the window → nothing;</item>
/// <item>in scope before and after → amount change;</item>
/// <item>leaving scope by a close-date move → its amount change, then pushed out at the new amount
/// (same order as a close);</item>
/// <item>entering scope (close date moved into the window, or reopened) → pulled in at the new amount;</item>
/// <item>at Q's end, open opportunities with a close date in Q → slipped (negative), with a close date
/// in Q+4 → entering (positive).</item>
/// </list>
/// <para>A correction between won and lost, and stage-only changes, move nothing.</para>
/// </remarks>
public sealed record PipelineWaterfall
{
    public required Quarter Quarter { get; init; }
    public required decimal Starting { get; init; }
    public required decimal New { get; init; }
    public required ValueChangeItems Items { get; init; }
    public required decimal ClosedWon { get; init; }
    public required decimal ClosedLost { get; init; }
    public required decimal Ending { get; init; }
    public required WaterfallCounts Counts { get; init; }

    /// <summary>The ending pipeline by the quarter of its close date, in quarter order.</summary>
    public required IReadOnlyList<PipelineByCloseQuarter> ByCloseQuarter { get; init; }

    /// <summary>V: the sum of <see cref="Items"/>.</summary>
    public decimal ValueChange => Items.Total;

    /// <summary>S + N + V − W − L = E (true for every computed waterfall).</summary>
    public bool Reconciles => Starting + New + ValueChange - ClosedWon - ClosedLost == Ending;

    /// <summary>Computes the waterfall of <paramref name="quarter"/> from the histories; one pass per history over the quarter's changes.</summary>
    public static PipelineWaterfall Compute(Quarter quarter, IEnumerable<OpportunityHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var accumulator = new WaterfallAccumulator(quarter);
        foreach (var history in histories)
        {
            accumulator.Add(history);
        }

        return accumulator.ToWaterfall();
    }

    /// <summary>The amount changes <see cref="ValueChangeItems.AmountChanges"/> sums for <paramref name="quarter"/>, one per booking, in history order.</summary>
    public static IReadOnlyList<AmountChange> AmountChangesOf(Quarter quarter, IEnumerable<OpportunityHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var changes = new List<AmountChange>();
        var accumulator = new WaterfallAccumulator(quarter, changes);
        foreach (var history in histories)
        {
            accumulator.Add(history);
        }

        return changes;
    }
}
