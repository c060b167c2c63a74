using System.Net;
using Cascade.Functions;
using Cascade.LocalRuntime.Admin;
using Cascade.LocalRuntime.Configuration;
using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Http;
using Cascade.LocalRuntime.Invocation;
using Cascade.LocalRuntime.Queues;
using Cascade.LocalRuntime.Timers;
using Cascade.Storage.Connection;
using Cascade.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cascade.LocalRuntime;

/// <summary>
/// Builds the local runtime: configuration as the Functions host assembles it (host.json, then
/// local.settings.json Values, then environment variables, then command-line overrides), the app's
/// own services from <see cref="CascadeFunctionsServices"/>, and one endpoint, queue listener or
/// timer runner per function of functions.metadata (see <see cref="FunctionCatalog"/>). Listens on 127.0.0.1 only.
/// </summary>
public static class LocalRuntimeHost
{
    private const string StorageSetting = StorageConnection.DefaultName;

    public static WebApplication Create(LocalRuntimeOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var configuration = builder.Configuration;
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Azure"] = "Warning",
        });
        configuration.AddInMemoryCollection(HostJsonFile.Read(options.HostJsonFile));
        if (options.SettingsFile is not null)
            configuration.AddInMemoryCollection(LocalSettingsFile.Read(options.SettingsFile));
        configuration.AddEnvironmentVariables();
        var overrides = new Dictionary<string, string?>(options.Settings, StringComparer.OrdinalIgnoreCase);
        if (options.Storage is not null)
            overrides[StorageSetting] = options.Storage;
        configuration.AddInMemoryCollection(overrides);

        builder.Logging.AddConfiguration(configuration.GetSection(HostJsonFile.Section + ":logging"));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        CascadeFunctionsServices.Add(builder.Services, configuration);
        builder.Services.AddMvcCore();
        builder.Services.AddSingleton<FunctionKeyCheck>();
        builder.Services.AddSingleton<StorageOperationTotals>();

        var catalog = FunctionCatalog.Load(options.MetadataFiles);
        builder.Services.AddSingleton(catalog);
        var queueOptions = QueueHostOptions.FromConfiguration(configuration);
        builder.Services.AddSingleton(FunctionTimeout.FromConfiguration(configuration));
        foreach (var function in catalog.WithTrigger<QueueTriggerAttribute>())
            builder.Services.AddSingleton<IHostedService>(services => CreateQueueListener(services, function, queueOptions));
        foreach (var function in catalog.WithTrigger<TimerTriggerAttribute>())
            builder.Services.AddSingleton<IHostedService>(services => CreateTimerRunner(services, function, options.InstanceId));

        var app = builder.Build();
        // Created before the first storage request, so the totals miss none.
        app.Services.GetRequiredService<StorageOperationTotals>();
        AdminEndpoints.Map(app);
        Demo.DemoSite.Map(app, options.DemoDirectory);
        var routePrefix = configuration[HostJsonFile.Section + ":extensions:http:routePrefix"] ?? "api";
        HttpFunctionEndpoints.Map(app, catalog, routePrefix);
        app.Lifetime.ApplicationStarted.Register(() => FunctionListing.Log(app));
        if (string.IsNullOrEmpty(configuration[FunctionKeyCheck.KeySetting]))
            app.Logger.LogWarning("{Setting} is not set: every function that needs a key answers 401.", FunctionKeyCheck.KeySetting);
        return app;
    }

    private static QueueListener CreateQueueListener(IServiceProvider services, FunctionDescriptor function, QueueHostOptions options)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var trigger = function.TriggerAs<QueueTriggerAttribute>();
        var queueName = SettingExpressions.Resolve(trigger.QueueName, configuration);
        var connection = trigger.Connection ?? StorageSetting;
        var account = Connect(configuration, connection).CreateQueueServiceClient();
        return new QueueListener(
            function, account.GetQueueClient(queueName), account.GetQueueClient(QueueNames.Poison(queueName)), connection, options,
            services.GetRequiredService<FunctionTimeout>(), services,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("Function." + function.Name));
    }

    private static TimerRunner CreateTimerRunner(IServiceProvider services, FunctionDescriptor function, string instanceId)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var trigger = function.TriggerAs<TimerTriggerAttribute>();
        var zoneId = configuration["WEBSITE_TIME_ZONE"];
        var zone = string.IsNullOrEmpty(zoneId) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var schedule = TimerSchedule.Parse(SettingExpressions.Resolve(trigger.Schedule, configuration), zone);
        var tables = Connect(configuration, StorageSetting).CreateTableServiceClient();
        var time = services.GetRequiredService<TimeProvider>();
        var hostId = function.Method.DeclaringType!.Assembly.GetName().Name!.ToLowerInvariant();
        var leases = new TimerLeaseStore(tables.GetTableClient(TimerLeaseStore.TableName), hostId, instanceId, time);
        return new TimerRunner(function, schedule, leases, services.GetRequiredService<FunctionTimeout>(), services, time,
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Function." + function.Name));
    }

    // A binding's Connection is read as the host reads it: the AzureWebJobs-prefixed setting first.
    private static StorageConnection Connect(IConfiguration configuration, string name)
    {
        var candidates = name.StartsWith("AzureWebJobs", StringComparison.OrdinalIgnoreCase) ? [name] : new[] { "AzureWebJobs" + name, name };
        string? error = null;
        foreach (var candidate in candidates)
        {
            if (StorageConnection.TryRead(configuration, out var connection, out error, candidate))
                return connection;
        }

        throw new InvalidOperationException($"Storage connection '{name}' is not configured: {error}");
    }
}
