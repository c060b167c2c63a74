using Cascade.App;
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
        // AddCascade only adds what is missing, so calling it here as well as from the app's registration is harmless.
        services.AddCascade(configuration);
        services.AddCascadeCollect(configuration);
        services.TryAddSingleton<BrowserOrigins>();
        services.TryAddSingleton(_ => SnippetFile.Load());
        return services;
    }
}
