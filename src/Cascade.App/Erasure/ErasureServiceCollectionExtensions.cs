using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.App.Erasure;

/// <summary>Registers the erasure use case; it relies on the stores and the queue sender that AddCascade registers.</summary>
public static class ErasureServiceCollectionExtensions
{
    public static IServiceCollection AddCascadeErasure(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PersonErasure>();
        return services;
    }
}
