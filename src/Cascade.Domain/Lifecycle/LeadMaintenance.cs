using Cascade.Domain.Lifecycle.Events;

namespace Cascade.Domain.Lifecycle;

/// <summary>
/// What the daily maintenance timer owes a lead. Rules where the spec is silent:
/// <list type="bullet">
/// <item>Dormancy: a known or recycled lead goes dormant <c>DormantAfterDays</c> after the later of its
/// last activity and its entry into the stage (a freshly recycled lead gets a full period), due exactly at
/// that instant. Any touch of the person is activity, sales touches and fans' touches included.</item>
/// <item>Automatic recycling: a sales_rejected or lost lead is recycled <see cref="LeadSettings.AutoRecycleAfter"/>
/// after it entered the stage.</item>
/// <item>The timer applies each event at its <see cref="MaintenanceEvent.DueAt"/>, so the history does not
/// depend on when the timer happened to run.</item>
/// </list>
/// </summary>
public static class LeadMaintenance
{
    /// <summary>The next maintenance event of <paramref name="state"/>, whether due yet or not; null when none applies.</summary>
    public static MaintenanceEvent? Next(LeadState state, DateTimeOffset? lastActivityAt, LeadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        switch (state.Stage)
        {
            case LifecycleStage.Known or LifecycleStage.Recycled:
                var since = Later(lastActivityAt, state.StageSince);
                return since is { } s
                    ? new MaintenanceEvent(s.AddDays(settings.DormantAfterDays), new InactivityElapsed(s))
                    : null;
            case LifecycleStage.SalesRejected or LifecycleStage.Lost when state.StageSince is { } entered:
                return new MaintenanceEvent(entered + settings.AutoRecycleAfter, new LeadRecycled(Automatic: true));
            default:
                return null;
        }
    }

    /// <summary>
    /// Every maintenance event due at or before <paramref name="now"/>, in order (a recycle may be followed by
    /// dormancy when the run is late enough).
    /// </summary>
    public static IReadOnlyList<MaintenanceEvent> Due(LeadState state, DateTimeOffset? lastActivityAt, DateTimeOffset now, LeadSettings settings)
    {
        var due = new List<MaintenanceEvent>();
        while (Next(state, lastActivityAt, settings) is { } next && next.DueAt <= now)
        {
            var result = LeadLifecycle.Apply(state, next.Event, next.DueAt);
            if (!result.IsApplied)
            {
                break;
            }

            due.Add(next);
            state = result.State;
        }

        return due;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a > b ? a : b);
}
