using Cascade.App.Configuration;
using Cascade.App.Reads;
using Cascade.App.Attribution;
using Cascade.App.Leads;
using Cascade.App.Reports.Attribution;
using Cascade.App.Reports.Funnel;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.Waterfall;
using Cascade.Storage;
using Cascade.Storage.Attribution;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Snapshots;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;
using Microsoft.Extensions.Options;

namespace Cascade.App.Tests.Reads;

/// <summary>
/// A fresh prefixed storage holding scenario A, written straight through the stores (touchpoints shuffled,
/// CRM states in arrival order), and every read query over it with the clock at the end of the scenario's
/// sourcing window. <see cref="SharedAsync"/> seeds once for the tests that only read.
/// </summary>
public sealed class SeededWorkspace
{
    /// <summary>After every fact of the scenario.</summary>
    public static readonly DateTimeOffset Now = Scenario.A.SourcingTo;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SeededWorkspace? _shared;

    private SeededWorkspace(CascadeStorage storage)
    {
        var options = Options.Create(new CascadeOptions());
        var clock = new FixedClock(Now);
        var reader = new StoredWorkspaceReader(new TouchpointStore(storage), new OpportunityStore(storage), new LeadFactStore(storage), options);
        Snapshots = new WaterfallSnapshotStore(storage);
        People = new PersonQuery(reader, new LeadFactStore(storage), clock);
        Attribution = new OpportunityAttributionQuery(reader, options, clock);
        AttributionReport = new AttributionReportQuery(reader, options, clock);
        Compare = new AttributionCompareQuery(reader, options, clock);
        Sourcing = new SourcingReportQuery(reader, options, clock);
        Waterfall = new WaterfallQuery(reader, options, clock);
        Plan = new WaterfallPlanQuery(reader, options, clock);
        Markov = new MarkovSharesStore(storage);
        SnapshotJob = new WaterfallSnapshotJob(reader, Snapshots, Markov, options);
        SnapshotQuery = new WaterfallSnapshotQuery(Snapshots, SnapshotJob, options, clock);
        Funnel = new FunnelQuery(reader, options, clock);
    }

    public WaterfallSnapshotStore Snapshots { get; }
    public MarkovSharesStore Markov { get; }
    public PersonQuery People { get; }
    public OpportunityAttributionQuery Attribution { get; }
    public AttributionReportQuery AttributionReport { get; }
    public AttributionCompareQuery Compare { get; }
    public SourcingReportQuery Sourcing { get; }
    public WaterfallQuery Waterfall { get; }
    public WaterfallPlanQuery Plan { get; }
    public WaterfallSnapshotJob SnapshotJob { get; }
    public WaterfallSnapshotQuery SnapshotQuery { get; }
    public FunnelQuery Funnel { get; }

    /// <summary>Scenario A in a storage of its own (for tests that write, such as snapshots).</summary>
    public static async Task<SeededWorkspace> CreateAsync(AzuriteFixture azurite, int seed = 7)
    {
        var storage = await azurite.CreateStorageAsync();
        await new TouchpointStore(storage).AddAsync(Scenario.A.ShuffledTouchpoints(seed));
        var opportunities = new OpportunityStore(storage);
        foreach (var update in Scenario.A.OpportunityUpdates)
        {
            await opportunities.ApplyAsync(update);
        }

        return new SeededWorkspace(storage);
    }

    /// <summary>One seeded storage shared by the tests that only read.</summary>
    public static async Task<SeededWorkspace> SharedAsync(AzuriteFixture azurite)
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await CreateAsync(azurite);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Query parameters as the function layer passes them.</summary>
    public static IReadOnlyDictionary<string, string?> Query(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
