using Cascade.LocalRuntime.Http;
using Cascade.LocalRuntime.Queues;
using Cascade.LocalRuntime.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cascade.LocalRuntime;

/// <summary>Lists what a built local runtime serves, from its endpoints and hosted listeners and runners.</summary>
public static class ServedFunctions
{
    public static IReadOnlyList<ServedFunction> Of(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var served = new List<ServedFunction>();
        foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<FunctionKeyRequirement>() is not { } key)
                continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            served.Add(new ServedFunction(
                key.Function, "httpTrigger", endpoint.RoutePattern.RawText!.TrimStart('/'), methods?.ToList(), key.Level.ToString()));
        }

        foreach (var service in app.Services.GetServices<IHostedService>())
        {
            switch (service)
            {
                case QueueListener queue:
                    served.Add(queue.Served);
                    break;
                case TimerRunner timer:
                    served.Add(timer.Served);
                    break;
            }
        }

        return served.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
    }
}
