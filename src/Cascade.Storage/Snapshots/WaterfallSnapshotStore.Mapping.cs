using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Pipeline;

namespace Cascade.Storage.Snapshots;

public sealed partial class WaterfallSnapshotStore
{
    private static WaterfallSnapshotEntity ToEntity(WaterfallSnapshot snapshot)
    {
        var w = snapshot.Waterfall;
        return new WaterfallSnapshotEntity
        {
            PartitionKey = w.Quarter.ToString(),
            RowKey = Row,
            Quarter = w.Quarter.ToString(),
            FiscalStartMonth = w.Quarter.Calendar.StartMonth,
            TakenAt = snapshot.TakenAt,
            Starting = Text(w.Starting),
            New = Text(w.New),
            AmountChanges = Text(w.Items.AmountChanges),
            PulledIn = Text(w.Items.PulledIn),
            PushedOut = Text(w.Items.PushedOut),
            Slipped = Text(w.Items.Slipped),
            Entering = Text(w.Items.Entering),
            ClosedWon = Text(w.ClosedWon),
            ClosedLost = Text(w.ClosedLost),
            Ending = Text(w.Ending),
            CountStarting = w.Counts.Starting,
            CountNew = w.Counts.New,
            CountClosedWon = w.Counts.ClosedWon,
            CountClosedLost = w.Counts.ClosedLost,
            CountEnding = w.Counts.Ending,
            ByCloseQuarter = JsonSerializer.Serialize(w.ByCloseQuarter.Select(b => new CloseQuarterRow(b.CloseQuarter.ToString(), Text(b.Amount), b.Count))),
        };
    }

    private static WaterfallSnapshot ToDomain(WaterfallSnapshotEntity e)
    {
        var calendar = FiscalCalendar.StartingIn(e.FiscalStartMonth);
        var byCloseQuarter = (JsonSerializer.Deserialize<CloseQuarterRow[]>(e.ByCloseQuarter) ?? [])
            .Select(r => new PipelineByCloseQuarter(Quarter.Parse(r.Quarter, calendar), Money(r.Amount), r.Count))
            .ToList();
        var waterfall = new PipelineWaterfall
        {
            Quarter = Quarter.Parse(e.Quarter, calendar),
            Starting = Money(e.Starting),
            New = Money(e.New),
            Items = new ValueChangeItems(Money(e.AmountChanges), Money(e.PulledIn), Money(e.PushedOut), Money(e.Slipped), Money(e.Entering)),
            ClosedWon = Money(e.ClosedWon),
            ClosedLost = Money(e.ClosedLost),
            Ending = Money(e.Ending),
            Counts = new WaterfallCounts(e.CountStarting, e.CountNew, e.CountClosedWon, e.CountClosedLost, e.CountEnding),
            ByCloseQuarter = byCloseQuarter,
        };
        return new WaterfallSnapshot(waterfall, e.TakenAt.ToUniversalTime());
    }

    private static string Text(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private sealed record CloseQuarterRow(string Quarter, string Amount, int Count);
}
