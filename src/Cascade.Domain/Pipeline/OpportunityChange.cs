namespace Cascade.Domain.Pipeline;

/// <summary>
/// One entry of an opportunity's timeline: at <see cref="At"/> the opportunity changed as
/// <see cref="Kind"/> says and was <see cref="State"/> from then on.
/// </summary>
public readonly record struct OpportunityChange(DateTimeOffset At, OpportunityChangeKind Kind, OpportunityState State)
{
    /// <summary>True for an open → won/lost change (a correction between won and lost is not a close).</summary>
    internal static bool IsClose(OpportunityState before, OpportunityState after) => before.IsOpen && !after.IsOpen;

    /// <summary>The kinds of change that lead from <paramref name="before"/> to <paramref name="after"/>.</summary>
    internal static OpportunityChangeKind Diff(OpportunityState before, OpportunityState after)
    {
        var kind = OpportunityChangeKind.None;
        if (before.Amount != after.Amount)
        {
            kind |= OpportunityChangeKind.AmountChanged;
        }

        if (before.CloseDate != after.CloseDate)
        {
            kind |= OpportunityChangeKind.CloseDateChanged;
        }

        if (!string.Equals(before.Stage, after.Stage, StringComparison.Ordinal))
        {
            kind |= OpportunityChangeKind.StageChanged;
        }

        if (before.Status != after.Status)
        {
            kind |= after.Status switch
            {
                OpportunityStatus.Won => OpportunityChangeKind.Won,
                OpportunityStatus.Lost => OpportunityChangeKind.Lost,
                _ => OpportunityChangeKind.Reopened,
            };
        }

        return kind;
    }
}
