using Microsoft.Extensions.Time.Testing;
using Cascade.App.Attribution;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Reports.Attribution;
using Cascade.App.Reports.Funnel;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.Waterfall;
using Cascade.App.Tests.Pipeline;
using Cascade.Storage.Attribution;
using Cascade.Storage.Snapshots;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Reads;

/// <summary>
/// A fresh prefixed storage holding scenario A, accepted at the edge in shuffled batches (CRM states in arrival
/// order) and drained through every handler, so the read models are those the pipeline keeps; every read query
/// over it with the clock at the end of the scenario's sourcing window, and a Markov fit saved at that instant
/// (as the admin fit request does). <see cref="SharedAsync"/> seeds once for the tests that only read.
/// </summary>
public sealed class SeededWorkspace
{
    /// <summary>After every fact of the scenario.</summary>
    public static readonly DateTimeOffset Now = Scenario.A.SourcingTo;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SeededWorkspace? _shared;

    private SeededWorkspace(PipelineHost host)
    {
        Host = host;
        Snapshots = host.Get<WaterfallSnapshotStore>();
        People = host.Get<PersonQuery>();
        Attribution = host.Get<OpportunityAttributionQuery>();
        AttributionReport = host.Get<AttributionReportQuery>();
        Compare = host.Get<AttributionCompareQuery>();
        Sourcing = host.Get<SourcingReportQuery>();
        Waterfall = host.Get<WaterfallQuery>();
        Plan = host.Get<WaterfallPlanQuery>();
        Markov = host.Get<MarkovSharesStore>();
        SnapshotJob = host.Get<WaterfallSnapshotJob>();
        SnapshotQuery = host.Get<WaterfallSnapshotQuery>();
        Funnel = host.Get<FunnelQuery>();
    }

    /// <summary>The application over the seeded storage (stores, the whole-store oracle, handlers).</summary>
    internal PipelineHost Host { get; }

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
        var host = await PipelineHost.StartAsync(azurite, services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        var ingestion = host.Get<TouchpointIngestion>();
        foreach (var batch in Scenario.A.ShuffledTouchpoints(seed).Chunk(40))
        {
            await ingestion.AcceptAsync(batch);
        }

        await host.Get<OpportunityIngestion>().AcceptAsync(Scenario.A.OpportunityUpdates);
        await host.DrainAsync();
        await host.Get<MarkovFitJob>().RunAsync();
        return new SeededWorkspace(host);
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
