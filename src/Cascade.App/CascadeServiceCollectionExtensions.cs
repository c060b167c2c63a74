using Cascade.App.Attribution;
using Cascade.App.Configuration;
using Cascade.App.Customers;
using Cascade.App.Erasure;
using Cascade.App.Forms;
using Cascade.App.Handlers;
using Cascade.App.Ingestion;
using Cascade.App.Jobs;
using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.App.Rebuild;
using Cascade.App.SalesActions;
using Cascade.App.Spend;
using Cascade.App.Webhooks;
using Cascade.Storage;
using Cascade.Storage.Accounts;
using Cascade.Storage.Attribution;
using Cascade.Storage.Connection;
using Cascade.Storage.EdgeEvents;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.LeadPeriods;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.OpportunityQuarters;
using Cascade.Storage.Opportunities;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.People;
using Cascade.Storage.Queues;
using Cascade.Storage.Rebuilds;
using Cascade.Storage.Snapshots;
using Cascade.Storage.Touchpoints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cascade.App;

/// <summary>The one registration every host uses: the Functions app, the local runtime and the tests.</summary>
public static class CascadeServiceCollectionExtensions
{
    /// <summary>
    /// Registers Cascade's options (section <c>Cascade</c>), storage (connection <c>AzureWebJobsStorage</c>, as the
    /// Functions host reads it), use cases, queue handlers, read models and jobs.
    /// </summary>
    public static IServiceCollection AddCascade(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CascadeOptions>().Bind(configuration.GetSection(CascadeOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CascadeOptions>, CascadeOptionsValidator>());

        // Parsed once: per-message code receives these settings, never the raw options.
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CascadeOptions>>().Value.ToWorkspaceSettings());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CascadeOptions>>().Value.Pipeline.ToSettings());

        services.TryAddSingleton(sp =>
        {
            if (!StorageConnection.TryRead(configuration, out var connection, out var error))
            {
                throw new InvalidOperationException($"Storage is not configured: {error}");
            }

            var prefix = sp.GetRequiredService<IOptions<CascadeOptions>>().Value.StoragePrefix;
            return CascadeStorage.Connect(connection, string.IsNullOrEmpty(prefix) ? null : StorageNames.WithPrefix(prefix));
        });
        services.TryAddSingleton(sp => new TouchpointStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new IdentityStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new AccountStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new PersonStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new OpportunityStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new OpportunityLinkStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new AttributionStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new AttributionPeriodStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new LeadPeriodStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new MarkovSharesStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new WaterfallSnapshotStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new EdgeEventStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new LeadFactStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new PendingEvaluationStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new RebuildStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new QueuePublisher(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton(sp => new OpportunityQuarterStore(sp.GetRequiredService<CascadeStorage>()));

        services.TryAddSingleton<IWorkspaceReader, StoredWorkspaceReader>();

        services.TryAddSingleton<QueueSender>();
        services.TryAddSingleton<TouchpointIngestion>();
        services.TryAddSingleton<PersonIngestion>();
        services.TryAddSingleton<OpportunityIngestion>();
        services.TryAddSingleton<PersonJourneyReader>();
        services.TryAddSingleton<PersonFactsLoader>();
        services.TryAddSingleton<LeadEvaluator>();
        services.TryAddSingleton<LeadEvaluationRequests>();
        services.TryAddSingleton<OpportunityScopeLoader>();
        services.TryAddSingleton<AttributionPeriodReader>();
        services.TryAddSingleton<Reports.Waterfall.WaterfallHistories>();
        services.TryAddSingleton<SalesActionService>();
        services.TryAddSingleton<FormIntake>();
        services.TryAddSingleton<WebhookIntake>();

        services.TryAddSingleton<TouchpointsHandler>();
        services.TryAddSingleton<OpportunitiesHandler>();
        services.TryAddSingleton<LeadEvaluationHandler>();
        services.TryAddSingleton<AttributionHandler>();
        services.TryAddSingleton<DailyMaintenanceJob>();
        services.TryAddSingleton<MarkovFitJob>();
        services.TryAddSingleton<ReadModelRebuild>();
        services.AddCascadeReads();
        services.AddCascadeErasure();
        services.AddCascadeSpend();
        services.AddCascadeCustomers(configuration);
        return services;
    }
}
