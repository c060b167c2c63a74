using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.App.Collect;

/// <summary>Registers the website collection use case beside <see cref="CascadeServiceCollectionExtensions.AddCascade"/>.</summary>
public static class CollectServiceCollectionExtensions
{
    public static IServiceCollection AddCascadeCollect(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CollectRateLimits>().Bind(configuration.GetSection(CollectRateLimits.Section));
        services.TryAddSingleton(TimeProvider.System);
        // One limiter per instance: its windows are the instance's memory (see CollectRateLimits).
        services.TryAddSingleton<CollectRateLimiter>();
        services.TryAddSingleton<CollectService>();
        return services;
    }
}
