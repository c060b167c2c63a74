using Cascade.Functions.Health;
using Cascade.Functions.Status;
using Cascade.Functions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.Functions;

/// <summary>
/// The services Cascade's functions need. Every host calls this one method — Program.cs under the
/// Functions worker and Cascade.LocalRuntime — so both construct the function classes alike.
/// </summary>
public static class CascadeFunctionsServices
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        var account = StorageAccount.FromConfiguration(configuration, StorageAccount.DefaultConnectionName);
        services.TryAddSingleton(account.CreateQueueServiceClient());
        services.TryAddSingleton(account.CreateTableServiceClient());

        services.TryAddSingleton<StorageHealthProbe>();
        services.TryAddSingleton<QueueStatusReader>();
        Browser.BrowserServices.Add(services, configuration);

        // Application layer: the use cases and their storage adapters are registered here, once
        // Cascade.App exists, as services.AddCascade(configuration).

        return services;
    }
}
