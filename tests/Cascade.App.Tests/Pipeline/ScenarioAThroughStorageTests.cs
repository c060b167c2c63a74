using Cascade.Domain.Customers;
using Cascade.Storage.Customers;
using Microsoft.Extensions.Time.Testing;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.App.Reports.Pipeline;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.ValueChange;
using Cascade.App.Reports.Waterfall;
using Cascade.App.Tests.Leads;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.People;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Pipeline;

/// <summary>
/// Scenario A through the storage-backed pipeline: touchpoints accepted at the edge in shuffled batches with
/// replays, CRM versions shuffled from several senders at once, every queue drained through the handlers (each message twice in
/// one run), and every expected figure read back from what the handlers stored.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class ScenarioAThroughStorageTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(11, false)]
    [InlineData(29, true)]
    public async Task Pipeline_ShuffledBatchesWithReplays_ReproduceEveryFigure(int seed, bool deliverTwice)
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        var ingestion = host.Get<TouchpointIngestion>();

        var accepted = 0;
        foreach (var batch in Scenario.A.ShuffledTouchpoints(seed).Chunk(40))
        {
            accepted += (await ingestion.AcceptAsync(batch)).Accepted;
            var replay = await ingestion.AcceptAsync(batch);
            Assert.Equal((0, batch.Length), (replay.Accepted, replay.Duplicates));
        }

        // The CRM versions shuffled, from four senders at once (domain §6: the figures do not depend on it).
        var senders = Scenario.A.OpportunityUpdatesFromSenders(seed, senders: 4);
        var crm = await Task.WhenAll(senders.Select(versions => host.Get<OpportunityIngestion>().AcceptAsync(versions)));
        await host.DrainAsync(deliverTwice);

        Assert.Equal(Scenario.A.Touchpoints.Count, accepted);
        Assert.Equal(Scenario.A.OpportunityUpdates.Count(OpportunityVersionRule.IsStale), crm.Sum(c => c.Stale));
        Assert.True(crm.Sum(c => c.Stale) > 0, "the sample's last CRM versions are stale");
        await AssertPeopleAsync(host);
        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(Scenario.A.SourcingTo);
        AssertAttributions(analysis, AttributionKind.Pipeline, "pipeline");
        AssertAttributions(analysis, AttributionKind.Revenue, "revenue");
        AssertWaterfalls(analysis);
        AssertSourcing(analysis);
        await AssertStoredResultsAsync(host, analysis);
        await AssertIndexedWaterfallsAsync(host, analysis);
        await AssertOpenPipelineAsync(host, analysis);
        await AssertEffectAfterCreationAsync(host, analysis);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(17)]
    public async Task Pipeline_TouchesArrivingAfterTheDeals_KeepOpenInfluenceEqualToTheWholeStore(int seed)
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<OpportunityIngestion>().AcceptAsync(Scenario.A.OpportunityUpdates);
        await host.DrainAsync();

        // Each batch is processed, attribution included, before the next arrives: the touches after a deal's creation
        // come after its attribution was stored, late ones (shuffled) before earlier ones.
        foreach (var batch in Scenario.A.ShuffledTouchpoints(seed).Chunk(30))
        {
            await host.Get<TouchpointIngestion>().AcceptAsync(batch);
            await host.DrainAsync();
        }

        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(Scenario.A.SourcingTo);
        await AssertOpenInfluenceAsync(host, analysis);
    }

    [Fact]
    public async Task Pipeline_PersonsOfTheScenario_AreStoredWithStageAndScore()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointIngestion>().AcceptAsync(Scenario.A.Touchpoints);
        await host.Get<OpportunityIngestion>().AcceptAsync(Scenario.A.OpportunityUpdates);
        await host.DrainAsync();

        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(DateTimeOffset.UtcNow);
        var people = host.Get<PersonStore>();
        foreach (var (email, lead) in analysis.Leads)
        {
            var stored = await people.GetAsync(email);
            Assert.NotNull(stored);
            Assert.NotEqual(LifecycleStage.Anonymous, stored.Lead.Stage);
            Assert.NotNull(stored.Score);
            Assert.NotEmpty(await people.HistoryAsync(email));
            Assert.Equal(lead.History.Count, (await people.HistoryAsync(email)).Count);
        }

        var oscorp = await people.GetAsync(EmailAddress.Parse("p1.oscorp@oscorp-4.com"));
        Assert.Equal(LifecycleStage.Opportunity, oscorp!.Lead.Stage);

        // Domain §3: the CRM is the authority on deals; every contact of a won opportunity is a customer.
        var won = analysis.Opportunities.Where(h => h.Current!.Status == OpportunityStatus.Won).SelectMany(h => h.Current!.ContactEmails).ToList();
        Assert.NotEmpty(won);
        foreach (var contact in won)
        {
            Assert.Equal(LifecycleStage.Customer, (await people.GetAsync(contact))!.Lead.Stage);
        }

        // Named on a deal months before their first touch: identified by the CRM, then moved to the opportunity.
        var dunder = await people.HistoryAsync(EmailAddress.Parse("p2.dunder@dunder-4.com"));
        Assert.Equal(
            [("identified_by_crm", LifecycleStage.Known), ("crm_opportunity_opened", LifecycleStage.Opportunity)],
            dunder.Take(2).Select(h => (h.Cause.Action, h.To)));
    }

    private static void AssertAttributions(WorkspaceAnalysis analysis, AttributionKind kind, string expectedKey)
    {
        var expected = Scenario.A.Expected.GetProperty(expectedKey);
        var actual = analysis.Attributions(kind).ToDictionary(a => a.OpportunityId, StringComparer.Ordinal);

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => ScenarioExpectations.AttributionMismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static void AssertWaterfalls(WorkspaceAnalysis analysis)
    {
        foreach (var quarter in Scenario.A.Quarters)
        {
            var expected = Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarter);
            var actual = analysis.Waterfall(Quarter.Parse(quarter));

            Assert.Equal(
                (expected.GetProperty("starting").GetDecimal(), expected.GetProperty("new").GetDecimal(), expected.GetProperty("valueChange").GetDecimal(),
                 expected.GetProperty("closedWon").GetDecimal(), expected.GetProperty("closedLost").GetDecimal(), expected.GetProperty("ending").GetDecimal()),
                (actual.Starting, actual.New, actual.ValueChange, actual.ClosedWon, actual.ClosedLost, actual.Ending));
        }
    }

    private static void AssertSourcing(WorkspaceAnalysis analysis)
    {
        var expected = Scenario.A.Expected.GetProperty("sourcing");
        var report = analysis.Sourcing(Scenario.A.SourcingFrom, Scenario.A.SourcingTo);

        Assert.Equal(expected.GetProperty("marketingSourced").GetProperty("amount").GetDecimal(), report.MarketingSourced.Amount);
        Assert.Equal(expected.GetProperty("salesSourced").GetProperty("amount").GetDecimal(), report.SalesSourced.Amount);
        Assert.Equal(expected.GetProperty("marketingInfluenced").GetProperty("count").GetInt32(), report.MarketingInfluenced.Count);
        var shares = Scenario.A.Expected.GetProperty("markovShares").EnumerateObject();
        Assert.All(shares, s => Assert.Equal(s.Value.GetDouble(), analysis.MarkovShares.ShareOf(s.Name), ScenarioExpectations.CreditTolerance));
    }

    // The person read models the shuffled, redelivered pipeline kept equal the whole-store computation at one instant.
    private static async Task AssertPeopleAsync(PipelineHost host)
    {
        var now = host.Get<TimeProvider>().GetUtcNow();
        var query = new PersonQuery(host.Get<PersonStore>(), host.Get<TouchpointStore>(), host.Get<CustomerStore>(), host.Get<WorkspaceSettings>(), host.Get<CustomerSettings>(), new FakeTimeProvider(now));
        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(now);
        await PersonOracle.AssertEveryPersonAsync(analysis, host.Get<LeadFactStore>(), query, now);
    }

    // The quarter index gives the whole-store waterfall and plan for every quarter around the scenario's.
    private static async Task AssertIndexedWaterfallsAsync(PipelineHost host, WorkspaceAnalysis analysis)
    {
        var first = Quarter.Parse(Scenario.A.Quarters.Min()!).Plus(-2);
        var last = Quarter.Parse(Scenario.A.Quarters.Max()!).Plus(6);
        var targets = new PipelineTargets(500_000m, 100_000m);
        for (var q = first; q <= last; q = q.Next())
        {
            var waterfall = await host.Get<WaterfallQuery>().GetAsync(q.ToString());
            var plan = await host.Get<WaterfallPlanQuery>().GetAsync(
                q.ToString(), SeededWorkspace.Query(("endingTarget", "500000"), ("wonTarget", "100000")));

            var expected = PipelinePlan.ForQuarter(q, targets, analysis.Opportunities);
            Assert.Equivalent(WaterfallView.Of(analysis.Waterfall(q)), waterfall.Value, strict: true);
            Assert.Equal(
                (expected.Starting, expected.ProjectedLost, expected.ProjectedValueChange, expected.RequiredNew, expected.Rates.LossRate, expected.Rates.ValueChangeRate),
                (plan.Value!.Starting, plan.Value.ProjectedLost, plan.Value.ProjectedValueChange, plan.Value.RequiredNew, plan.Value.Rates.LossRate, plan.Value.Rates.ValueChangeRate));
        }
    }

    // The pipeline and stuck reports read from the indexes equal the same rules over the whole store, at many instants.
    private static async Task AssertOpenPipelineAsync(PipelineHost host, WorkspaceAnalysis analysis)
    {
        var first = Quarter.Parse(Scenario.A.Quarters.Min()!).Start;
        for (var asOf = first; asOf < Scenario.A.SourcingTo.AddDays(200); asOf = asOf.AddDays(23))
        {
            var at = asOf.ToString("O");
            var expected = OpenPipeline.At(asOf, analysis.Opportunities, FiscalCalendar.Calendar);
            var report = (await host.Get<PipelineQuery>().GetAsync(SeededWorkspace.Query(("asOf", at), ("groupBy", "sourced")))).Value!;
            var stuck = (await host.Get<StuckDealsQuery>().GetAsync(SeededWorkspace.Query(("asOf", at), ("days", "20")))).Value!;

            Assert.Equal((expected.Count, expected.Sum(d => d.State.Amount)), (report.Total.Count, report.Total.Amount));
            Assert.Equal(
                StuckDeals.Find(asOf, 20, analysis.Opportunities, FiscalCalendar.Calendar).Select(s => (s.Deal.OpportunityId, s.DaysSinceChange, s.Overdue)),
                stuck.Select(s => (s.OpportunityId, s.DaysSinceChange, s.Overdue)));
        }
    }

    // Value change and the sourcing report's revenue and open influence equal the same rules over the whole store.
    private static async Task AssertEffectAfterCreationAsync(PipelineHost host, WorkspaceAnalysis analysis)
    {
        var byId = analysis.Opportunities.ToDictionary(h => h.OpportunityId, StringComparer.Ordinal);
        IEnumerable<Domain.Touchpoints.Touchpoint> TouchesOf(string id) => analysis.Index.ScopeOf(byId[id].Current!);
        foreach (var text in Scenario.A.Quarters)
        {
            var q = Quarter.Parse(text);
            var expected = ValueChangeReport.Build(q, PipelineWaterfall.AmountChangesOf(q, analysis.Opportunities), TouchesOf, t => t.Campaign ?? ValueChangeReport.NoCampaign);
            var actual = (await host.Get<ValueChangeQuery>().GetAsync(text, SeededWorkspace.Query(("groupBy", "campaign")))).Value!;

            Assert.Equal((expected.Increases, expected.Decreases), (actual.Increases.Amount, actual.Decreases.Amount));
            Assert.Equal(expected.Rows.Select(r => (r.Key, r.Increase, r.Decrease)), actual.Rows.Select(r => (r.Key, r.Increase, r.Decrease)));
            Assert.Equal(actual.Increases.Amount, actual.Rows.Sum(r => r.Increase) + actual.Unattributed.Increase);
        }

        var (from, to) = (Scenario.A.SourcingFrom, Scenario.A.SourcingTo);
        var sourcing = (await host.Get<SourcingReportQuery>().GetAsync(SeededWorkspace.Query(("from", from.ToString("O")), ("to", to.ToString("O"))))).Value!;
        var won = SourcingSummary.Revenue(analysis.Attributions(AttributionKind.Revenue), from, to);
        var open = analysis.OpenInfluenced(to);
        Assert.Equal(
            (won.MarketingSourced.Count, won.MarketingSourced.Amount, won.SalesSourced.Amount, won.Unattributed.Amount, won.MarketingInfluenced.Count, won.MarketingInfluenced.Amount),
            (sourcing.Revenue!.MarketingSourced.Count, sourcing.Revenue.MarketingSourced.Amount, sourcing.Revenue.SalesSourced.Amount, sourcing.Revenue.Unattributed.Amount,
             sourcing.Revenue.MarketingInfluenced.Count, sourcing.Revenue.MarketingInfluenced.Amount));
        Assert.True(open.Count > 0, "the scenario has open deals influenced at the sourcing period's end");
        Assert.Equal((open.Count, open.Amount), (sourcing.OpenInfluenced!.Count, sourcing.OpenInfluenced.Amount));
        await AssertOpenInfluenceAsync(host, analysis);
    }

    // The open influence kept with each deal's attribution gives the whole-store rule's figure at every period end, the
    // instants just after each deal's changes included (where a deal just opened, or just closed, is counted or not).
    private static async Task AssertOpenInfluenceAsync(PipelineHost host, WorkspaceAnalysis analysis)
    {
        var ends = analysis.Opportunities.SelectMany(h => h.Timeline.Select(c => c.At))
            .SelectMany(at => new[] { at, at.AddTicks(1), at.AddDays(1) })
            .Concat(analysis.Index.People.SelectMany(analysis.Index.TouchesOf).Where(t => t.Origin == Domain.Touchpoints.Origin.Marketing).Select(t => t.OccurredAt.AddTicks(1)))
            .Distinct()
            .Order()
            .ToList();
        var seen = new HashSet<(int, decimal)>();
        foreach (var to in ends)
        {
            var expected = analysis.OpenInfluenced(to);
            var from = to.AddDays(-30).ToString("O");
            var actual = (await host.Get<SourcingReportQuery>().GetAsync(SeededWorkspace.Query(("from", from), ("to", to.ToString("O"))))).Value!.OpenInfluenced!;
            Assert.True((expected.Count, expected.Amount) == (actual.Count, actual.Amount), $"openInfluenced at {to:O}: expected {expected.Count} / {expected.Amount}, got {actual.Count} / {actual.Amount}");
            seen.Add((expected.Count, expected.Amount));
        }

        Assert.True(seen.Count > 3, "the instants checked see the figure change");
    }

    private static async Task AssertStoredResultsAsync(PipelineHost host, WorkspaceAnalysis analysis)
    {
        var results = host.Get<AttributionStore>();
        foreach (var attribution in analysis.Attributions(AttributionKind.Pipeline))
        {
            var stored = await results.GetAsync(attribution.OpportunityId, AttributionKind.Pipeline);
            Assert.NotNull(stored);
            Assert.Equal(attribution.Amount, stored.Amount);
            // Each touch, its milestones and its credit under every model fitted per opportunity (Markov is the
            // store-wide fit's, applied as the result is read).
            Assert.Equal(attribution.Journey.Touches.Select(t => t.EventId), stored.Touches.Select(t => t.EventId));
            Assert.Equal(attribution.Journey.Milestones, stored.Touches.Select(t => t.Milestones));
            foreach (var model in attribution.Models.Where(m => m.Model != AttributionModel.Markov))
            {
                Assert.Equal(model.Credits, stored.Touches.Select(t => t.CreditOf(model.Model)), (a, b) => Math.Abs(a - b) < 1e-9);
            }
        }
    }
}
