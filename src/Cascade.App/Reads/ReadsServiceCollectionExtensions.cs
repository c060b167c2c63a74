using Cascade.App.Attribution;
using Cascade.App.Leads;
using Cascade.App.Reports.Attribution;
using Cascade.App.Reports.Funnel;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.Waterfall;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.App.Reads;

/// <summary>
/// Registers the read side: the queries behind the read endpoints and the waterfall snapshot job. They need
/// what <see cref="CascadeServiceCollectionExtensions.AddCascade"/> registers (options, stores, the workspace
/// reader, <see cref="TimeProvider"/>). All are stateless, hence singletons.
/// </summary>
public static class ReadsServiceCollectionExtensions
{
    public static IServiceCollection AddCascadeReads(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonQuery>();
        services.TryAddSingleton<OpportunityAttributionQuery>();
        services.TryAddSingleton<AttributionReportQuery>();
        services.TryAddSingleton<AttributionCompareQuery>();
        services.TryAddSingleton<SourcingReportQuery>();
        services.TryAddSingleton<Attribution.StoredOpportunityTypes>();
        services.TryAddSingleton<WaterfallQuery>();
        services.TryAddSingleton<WaterfallPlanQuery>();
        services.TryAddSingleton<WaterfallSnapshotJob>();
        services.TryAddSingleton<WaterfallSnapshotQuery>();
        services.TryAddSingleton<FunnelQuery>();
        services.TryAddSingleton<Reports.Undocumented.UndocumentedQuery>();
        services.TryAddSingleton<Reports.Pipeline.PipelineQuery>();
        services.TryAddSingleton<Reports.Pipeline.PipelineStagesQuery>();
        services.TryAddSingleton<Reports.Pipeline.StuckDealsQuery>();
        services.TryAddSingleton<Reports.ValueChange.ValueChangeQuery>();
        return services;
    }
}
