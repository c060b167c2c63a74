using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// A waterfall (live or snapshot) as one table, a row per element in the order of domain §6 with V's items
/// after V (<c>value_change.pulled_in</c>, …) and the ending pipeline's close quarters after E
/// (<c>ending.2026-Q3</c>). A snapshot adds its <c>takenAt</c> on every row.
/// </summary>
public static class WaterfallCsv
{
    public static string Render(WaterfallView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var takenAt = (view as WaterfallSnapshotView)?.TakenAt;
        var csv = new CsvWriter();
        if (takenAt is null)
        {
            csv.Row("quarter", "element", "amount", "count");
        }
        else
        {
            csv.Row("quarter", "element", "amount", "count", "takenAt");
        }

        void Element(string element, decimal amount, int? count)
        {
            if (takenAt is null)
            {
                csv.Row(view.Quarter, element, amount, count);
            }
            else
            {
                csv.Row(view.Quarter, element, amount, count, takenAt);
            }
        }

        var items = view.ValueChangeItems;
        Element("starting", view.Starting, view.Counts.Starting);
        Element("new", view.New, view.Counts.New);
        Element("value_change", view.ValueChange, null);
        Element("value_change.amount_changes", items.AmountChanges, null);
        Element("value_change.pulled_in", items.PulledIn, null);
        Element("value_change.pushed_out", items.PushedOut, null);
        Element("value_change.slipped", items.Slipped, null);
        Element("value_change.entering", items.Entering, null);
        Element("closed_won", view.ClosedWon, view.Counts.ClosedWon);
        Element("closed_lost", view.ClosedLost, view.Counts.ClosedLost);
        Element("ending", view.Ending, view.Counts.Ending);
        foreach (var part in view.ByCloseQuarter)
        {
            Element("ending." + part.Quarter, part.Amount, part.Count);
        }

        return csv.ToString();
    }
}
