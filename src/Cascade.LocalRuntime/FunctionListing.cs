using System.Text;
using Cascade.LocalRuntime.Discovery;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Cascade.LocalRuntime;

/// <summary>Prints what is served once the runtime listens, as `func start` does.</summary>
internal static class FunctionListing
{
    public static void Log(WebApplication app, FunctionCatalog catalog, string routePrefix)
    {
        if (!app.Logger.IsEnabled(LogLevel.Information))
            return;
        var text = new StringBuilder("Functions:");
        var baseUrl = app.Urls.FirstOrDefault() ?? "";
        foreach (var function in catalog.Functions)
        {
            text.AppendLine().Append("  ").Append(function.Name).Append(": ");
            text.Append(function.Trigger switch
            {
                HttpTriggerAttribute http =>
                    $"[{string.Join(',', http.Methods ?? ["*"]).ToUpperInvariant()}] {baseUrl}/{routePrefix}/{http.Route ?? function.Name} ({http.AuthLevel})",
                QueueTriggerAttribute queue => $"queueTrigger {queue.QueueName}",
                TimerTriggerAttribute timer => $"timerTrigger {timer.Schedule}",
                _ => function.Trigger.GetType().Name,
            });
        }

        app.Logger.LogInformation("{Functions}", text);
    }
}
