using Cascade.App;
using Cascade.App.Reads;
using Cascade.Functions.Health;
using Cascade.Functions.Status;
using Cascade.Functions.Storage;
using Cascade.Storage.Connection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Cascade.Functions;

/// <summary>
/// The services Cascade's functions need. Every host calls this one method — Program.cs under the
/// Functions worker and Cascade.LocalRuntime — so both construct the function classes alike.
/// </summary>
public static class CascadeFunctionsServices
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // Fail at start-up, not at the first request, when the host has no storage to run on.
        if (!StorageConnection.TryRead(configuration, out _, out var error))
            throw new InvalidOperationException($"Storage is not configured: {error}");

        services.AddCascade(configuration);
        services.AddCascadeReads();

        services.TryAddSingleton<StorageHealthProbe>();
        services.TryAddSingleton<QueueStatusReader>();
        services.AddSingleton<IHostedService, StorageInitializer>();
        return services;
    }
}
