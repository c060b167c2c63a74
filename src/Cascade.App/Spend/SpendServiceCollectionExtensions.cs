using Cascade.Storage;
using Cascade.Storage.Spend;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.App.Spend;

/// <summary>Registers spend: its store, the upload, the spend read and the ROI report (stateless, hence singletons).</summary>
public static class SpendServiceCollectionExtensions
{
    public static IServiceCollection AddCascadeSpend(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new SpendStore(sp.GetRequiredService<CascadeStorage>()));
        services.TryAddSingleton<SpendUpload>();
        services.TryAddSingleton<SpendQuery>();
        services.TryAddSingleton<RoiReportQuery>();
        return services;
    }
}
