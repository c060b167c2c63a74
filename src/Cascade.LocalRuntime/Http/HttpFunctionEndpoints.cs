using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cascade.LocalRuntime.Http;

/// <summary>
/// Maps every [HttpTrigger] function to <c>/{routePrefix}/{Route ?? name}</c> with its methods, checks
/// its key, binds it, runs it and writes its IActionResult / IResult, as the host with the ASP.NET Core
/// integration does. A function's exception becomes a 500 problem that leaks nothing.
/// </summary>
internal static partial class HttpFunctionEndpoints
{
    public static void Map(WebApplication app, FunctionCatalog catalog, string routePrefix)
    {
        foreach (var function in catalog.WithTrigger<HttpTriggerAttribute>())
        {
            var trigger = function.TriggerAs<HttpTriggerAttribute>();
            var route = (trigger.Route ?? function.Name).Trim('/');
            var pattern = "/" + string.Join('/', new[] { routePrefix.Trim('/'), route }.Where(s => s.Length > 0));
            RequestDelegate handler = context => HandleAsync(function, context);
            var endpoint = trigger.Methods is { Length: > 0 } methods
                ? app.MapMethods(pattern, methods.Select(m => m.ToUpperInvariant()), handler)
                : app.Map(pattern, handler);
            endpoint.WithDisplayName(function.Name).WithMetadata(new FunctionKeyRequirement(function.Name, trigger.AuthLevel));
        }
    }

    private static async Task HandleAsync(FunctionDescriptor function, HttpContext http)
    {
        var services = http.RequestServices;
        var requirement = http.GetEndpoint()!.Metadata.GetRequiredMetadata<FunctionKeyRequirement>();
        if (!services.GetRequiredService<FunctionKeyCheck>().IsAllowed(http.Request, requirement.Level))
        {
            await Problems.Unauthorized().ExecuteAsync(http);
            return;
        }

        using var limit = services.GetRequiredService<FunctionTimeout>().Start(function.Name, services.GetRequiredService<TimeProvider>(), http.RequestAborted);
        var context = new LocalFunctionContext(function.Name, services, limit.Token);
        context.Items[LocalFunctionContext.HttpContextKey] = http;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Function." + function.Name);
        try
        {
            var arguments = await HttpArguments.BindAsync(function, http, context);
            var result = await limit.RunAsync(() => FunctionInvoker.InvokeAsync(function, services, arguments));
            await WriteAsync(result, http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e)
        {
            LogFailed(logger, e, function.Name, context.InvocationId);
            if (!http.Response.HasStarted)
                await Problems.FunctionFailed(context.InvocationId).ExecuteAsync(http);
        }
    }

    private static Task WriteAsync(object? result, HttpContext http) => result switch
    {
        null => Task.CompletedTask,
        IActionResult action => action.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())),
        IResult value => value.ExecuteAsync(http),
        var value => new ObjectResult(value).ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed (invocation {InvocationId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, string invocationId);
}
