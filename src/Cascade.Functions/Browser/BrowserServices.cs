using Cascade.App.Collect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cascade.Functions.Browser;

/// <summary>The services of the browser endpoints (<c>POST /api/collect</c>, <c>GET /api/cascade.js</c>).</summary>
public static class BrowserServices
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCascadeCollect(configuration);
        services.TryAddSingleton<BrowserOrigins>();
        services.TryAddSingleton(_ => SnippetFile.Load());
        return services;
    }
}
