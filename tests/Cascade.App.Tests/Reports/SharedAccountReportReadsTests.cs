using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cascade.App.Ingestion;
using Cascade.App.Reads;
using Cascade.App.Reports.Pipeline;
using Cascade.App.Reports.ValueChange;
using Cascade.App.Reports.Waterfall;
using Cascade.App.Tests.Pipeline;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage;
using Cascade.Storage.Accounts;
using Cascade.Storage.Diagnostics;
using Cascade.Storage.Identities;
using Cascade.Storage.People;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

/// <summary>
/// Value change and the stuck list over deals that share their account's people: scenario A with a twin of every deal
/// (same account, contacts and versions, another id), so each account's people are in the journey of two listed deals.
/// The answers equal the whole-store rules, and the requests each report sends, counted by the storage operation
/// counter, read each account's members and each person's journey once per report (the one their evaluation kept, one
/// keyed read), and no history again.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class SharedAccountReportReadsTests(AzuriteFixture azurite)
{
    private static readonly IReadOnlyList<Opportunity> Twins =
        Scenario.A.OpportunityUpdates.Select(o => o with { OpportunityId = "twin-" + o.OpportunityId }).ToList();

    [Fact]
    public async Task ValueChangeAndStuck_DealsOfOneAccount_ReadItsPeopleOncePerReport()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        foreach (var batch in Scenario.A.ShuffledTouchpoints(3).Chunk(40))
        {
            await host.Get<TouchpointIngestion>().AcceptAsync(batch);
        }

        await host.Get<OpportunityIngestion>().AcceptAsync([.. Scenario.A.OpportunityUpdates, .. Twins]);
        await host.DrainAsync();
        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(Scenario.A.SourcingTo);
        var byId = analysis.Opportunities.ToDictionary(h => h.OpportunityId, StringComparer.Ordinal);
        IReadOnlyList<Touchpoint> TouchesOf(string id) => analysis.Index.ScopeOf(byId[id].Current!);

        var shared = 0;
        foreach (var text in Scenario.A.Quarters)
        {
            var q = Quarter.Parse(text);
            var changes = PipelineWaterfall.AmountChangesOf(q, analysis.Opportunities);
            var expected = ValueChangeReport.Build(q, changes, TouchesOf, t => t.Campaign ?? ValueChangeReport.NoCampaign);

            var (result, requests) = await CountAsync(() => host.Get<ValueChangeQuery>().GetAsync(text, SeededWorkspace.Query(("groupBy", "campaign"))));

            var actual = result.Value!;
            Assert.Equal((expected.Increases, expected.Decreases), (actual.Increases.Amount, actual.Decreases.Amount));
            Assert.Equal(expected.Rows.Select(r => (r.Key, r.Increase, r.Decrease)), actual.Rows.Select(r => (r.Key, r.Increase, r.Decrease)));
            var deals = changes.Select(c => byId[c.OpportunityId].Current!).DistinctBy(c => c.OpportunityId).ToList();
            var (_, listing) = await CountAsync(() => host.Get<WaterfallHistories>().ForAsync([q]));
            shared += await AssertReadOnceAsync(host, deals, requests, listing);
        }

        var first = Quarter.Parse(Scenario.A.Quarters.Min()!).Start;
        for (var asOf = first; asOf < Scenario.A.SourcingTo.AddDays(200); asOf = asOf.AddDays(41))
        {
            var expected = StuckDeals.Find(asOf, 20, analysis.Opportunities, FiscalCalendar.Calendar);

            var (result, requests) = await CountAsync(() => host.Get<StuckDealsQuery>().GetAsync(SeededWorkspace.Query(("asOf", asOf.ToString("O")), ("days", "20"))));

            var at = asOf;
            Assert.Equal(
                expected.Select(s => (s.Deal.OpportunityId, s.DaysSinceChange, s.Overdue, TouchesOf(s.Deal.OpportunityId)
                    .Where(t => t.Origin == Origin.Marketing && t.OccurredAt <= at).Select(t => (DateTimeOffset?)t.OccurredAt).Max())),
                result.Value!.Select(s => (s.OpportunityId, s.DaysSinceChange, s.Overdue, s.LastMarketingTouchAt)));
            var (_, listing) = await CountAsync(() => host.Get<WaterfallHistories>().ForAsync([Quarter.Of(at, FiscalCalendar.Calendar)], withOpen: true));
            shared += await AssertReadOnceAsync(host, expected.Select(s => byId[s.Deal.OpportunityId].Current!).ToList(), requests, listing);
        }

        Assert.True(shared > 0, "some report lists two deals of one account");
    }

    /// <summary>
    /// Asserts the report read each account's members, and each of its deals' people's kept journey (or, for one never
    /// evaluated, their identity links and touch ranges), once, and no opportunity beyond those the listing (<paramref name="listing"/>: the requests of the quarter
    /// index's histories alone) read; answers how many account reads a read per deal would have added.
    /// </summary>
    private static async Task<int> AssertReadOnceAsync(
        PipelineHost host, List<Opportunity> deals, IReadOnlyDictionary<string, long> requests, IReadOnlyDictionary<string, long> listing)
    {
        var domains = deals.Select(d => AccountDomains.Normalize(d.AccountDomain)).OfType<string>().Distinct().ToList();
        var people = new HashSet<EmailAddress>(deals.SelectMany(d => d.ContactEmails));
        foreach (var domain in domains)
        {
            people.UnionWith(await host.Get<AccountStore>().MembersOfAsync(domain));
        }

        // A person's kept journey is one keyed read; one never evaluated is read from their identities and touches.
        var unkept = 0;
        var journeyKeys = 0;
        foreach (var person in people)
        {
            if (await host.Get<PersonStore>().JourneyAsync(person) is null)
            {
                unkept++;
                journeyKeys += 1 + (await host.Get<IdentityStore>().AnonymousIdsOfAsync(person)).Count;
            }
        }

        string Table(string name) => host.Storage.Table(name).Name;
        Assert.Equal(domains.Count, requests.GetValueOrDefault($"{Table(StorageNames.AccountsTable)} query"));
        Assert.Equal(people.Count, requests.GetValueOrDefault($"{Table(StorageNames.PeopleTable)} read"));
        Assert.Equal(unkept, requests.GetValueOrDefault($"{Table(StorageNames.IdentitiesTable)} query"));
        Assert.Equal(journeyKeys, requests.GetValueOrDefault($"{Table(StorageNames.TouchpointsTable)} query"));
        long Opportunities(IReadOnlyDictionary<string, long> counted) =>
            counted.Where(r => r.Key.StartsWith(Table(StorageNames.OpportunitiesTable) + " ", StringComparison.Ordinal)).Sum(r => r.Value);
        Assert.Equal(Opportunities(listing), Opportunities(requests));
        return deals.Count(d => AccountDomains.Normalize(d.AccountDomain) is not null) - domains.Count;
    }

    /// <summary>
    /// Runs <paramref name="read"/> as a caller of its own and returns the table requests it sent, by "{table} {operation}",
    /// from the storage operation counter (<see cref="StorageOperations"/>), so requests of other tests are not counted.
    /// </summary>
    private static async Task<(T Result, IReadOnlyDictionary<string, long> Requests)> CountAsync<T>(Func<Task<T>> read)
    {
        var caller = "report-reads-" + Guid.NewGuid().ToString("N");
        var counts = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StorageOperations.MeterName && instrument.Name == StorageOperations.CounterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var tagged = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string, StringComparer.Ordinal);
            if (tagged.GetValueOrDefault("caller") == caller && tagged.GetValueOrDefault("service") == StorageOperationPolicy.Table)
            {
                counts.AddOrUpdate($"{tagged["resource"]} {tagged["operation"]}", value, (_, total) => total + value);
            }
        });
        listener.Start();

        // Set in this method's own flow: the caller's flow is left as it was.
        StorageOperations.Caller = caller;
        var result = await read();
        return (result, counts);
    }
}
