using Cascade.App.Reports.Waterfall;

namespace Cascade.App.Reports.Svg;

/// <summary>
/// The bars of a waterfall in the order of domain §6, V itemised: S, N, amount changes, pulled in, pushed out,
/// slipped, entering, W and L (drawn down), E. Each change starts where the previous bar ended, so the last
/// change ends at S + N + V − W − L, which the view guarantees equals E.
/// </summary>
internal static class WaterfallSteps
{
    public static IReadOnlyList<WaterfallStep> Of(WaterfallView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var items = view.ValueChangeItems;
        var steps = new List<WaterfallStep> { new("starting", "Starting", WaterfallStepKind.Total, 0, view.Starting, view.Starting, view.Counts.Starting) };
        var level = view.Starting;

        void Change(string element, string label, decimal signed, int? count)
        {
            var kind = signed < 0 ? WaterfallStepKind.Decrease : WaterfallStepKind.Increase;
            steps.Add(new WaterfallStep(element, label, kind, level, level + signed, signed, count));
            level += signed;
        }

        Change("new", "New", view.New, view.Counts.New);
        Change("value_change.amount_changes", "Amount changes", items.AmountChanges, null);
        Change("value_change.pulled_in", "Pulled in", items.PulledIn, null);
        Change("value_change.pushed_out", "Pushed out", items.PushedOut, null);
        Change("value_change.slipped", "Slipped", items.Slipped, null);
        Change("value_change.entering", "Entering", items.Entering, null);
        Change("closed_won", "Closed won", -view.ClosedWon, view.Counts.ClosedWon);
        Change("closed_lost", "Closed lost", -view.ClosedLost, view.Counts.ClosedLost);
        steps.Add(new WaterfallStep("ending", "Ending", WaterfallStepKind.Total, 0, view.Ending, view.Ending, view.Counts.Ending));
        return steps;
    }
}
