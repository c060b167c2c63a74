using System.Globalization;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Testing.Scenarios;

namespace Cascade.Demo;

/// <summary>Plain-text tables of a workspace analysis, for a terminal.</summary>
internal sealed class DemoReport(TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Heading(string path, Scenario scenario, WorkspaceAnalysis analysis)
    {
        output.WriteLine($"Cascade — {Path.GetFileName(path)}");
        output.WriteLine(
            $"{scenario.Touchpoints.Count} touchpoints, {analysis.Index.People.Count()} people, {analysis.Index.Accounts.Count()} accounts, " +
            $"{analysis.Opportunities.Count} opportunities from {scenario.OpportunityUpdates.Count} CRM states (stale ones ignored)");
        output.WriteLine();
    }

    public void Waterfalls(IEnumerable<string> quarters, WorkspaceAnalysis analysis)
    {
        output.WriteLine("Pipeline waterfall: starting + new + value change − won − lost = ending");
        output.WriteLine(Row("quarter", "starting", "new", "value chg", "won", "lost", "ending", "reconciles"));
        foreach (var text in quarters)
        {
            var w = analysis.Waterfall(Quarter.Parse(text, analysis.Settings.Calendar));
            output.WriteLine(Row(text, Money(w.Starting), Money(w.New), Money(w.ValueChange), Money(w.ClosedWon),
                Money(w.ClosedLost), Money(w.Ending), w.Reconciles ? "yes" : "NO"));
            var items = w.Items;
            output.WriteLine($"           value change = amount {Money(items.AmountChanges)}, pulled in {Money(items.PulledIn)}, " +
                $"pushed out {Money(items.PushedOut)}, slipped {Money(items.Slipped)}, entering {Money(items.Entering)}");
        }

        output.WriteLine();
    }

    public void Sourcing(SourcingReport sourcing)
    {
        output.WriteLine($"Sourcing of the pipeline created in [{sourcing.From:yyyy-MM-dd}, {sourcing.To:yyyy-MM-dd})");
        output.WriteLine(Row("", "count", "amount"));
        output.WriteLine(Row("marketing-sourced", Count(sourcing.MarketingSourced.Count), Money(sourcing.MarketingSourced.Amount)));
        output.WriteLine(Row("sales-sourced", Count(sourcing.SalesSourced.Count), Money(sourcing.SalesSourced.Amount)));
        output.WriteLine(Row("unattributed", Count(sourcing.Unattributed.Count), Money(sourcing.Unattributed.Amount)));
        output.WriteLine(Row("marketing-influenced", Count(sourcing.MarketingInfluenced.Count), Money(sourcing.MarketingInfluenced.Amount)));
        output.WriteLine();
    }

    public void ModelComparison(WorkspaceAnalysis analysis)
    {
        var attributions = analysis.Attributions(AttributionKind.Pipeline);
        var reports = AttributionModels.All
            .Select(m => AttributionReport.Build(attributions, m, AttributionKind.Pipeline, AttributionGroupBy.Channel))
            .ToList();
        var channels = reports.SelectMany(r => r.Rows.Select(row => row.Key)).Distinct().Order(StringComparer.Ordinal).ToList();

        output.WriteLine("Pipeline credited to each channel, by attribution model");
        output.WriteLine(Row(["channel", .. AttributionModels.All.Select(m => m.ToWireName())]));
        foreach (var channel in channels)
        {
            output.WriteLine(Row([channel, .. reports.Select(r => Money(r.Rows.FirstOrDefault(row => row.Key == channel)?.Amount ?? 0m))]));
        }

        output.WriteLine(Row(["total", .. reports.Select(r => Money(r.Total.Amount))]));
    }

    private static string Row(params string[] cells) =>
        string.Concat(cells.Select((c, i) => i == 0 ? c.PadRight(22) : c.PadLeft(12)));

    private static string Money(decimal amount) => amount.ToString("#,0", Invariant);

    private static string Count(int count) => count.ToString(Invariant);
}
