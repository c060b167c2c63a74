using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Cascade.LocalRuntime;

/// <summary>Prints what is served once the runtime listens, as `func start` does: read back from the running app.</summary>
internal static class FunctionListing
{
    public static void Log(WebApplication app)
    {
        if (!app.Logger.IsEnabled(LogLevel.Information))
            return;
        var text = new StringBuilder("Functions:");
        var baseUrl = app.Urls.FirstOrDefault() ?? "";
        foreach (var function in ServedFunctions.Of(app))
        {
            text.AppendLine().Append("  ").Append(function.Name).Append(": ");
            text.Append(function.Trigger switch
            {
                "httpTrigger" =>
                    $"[{string.Join(',', function.Methods ?? ["*"]).ToUpperInvariant()}] {baseUrl}/{function.Route} ({function.AuthLevel})",
                "queueTrigger" => $"queueTrigger {function.QueueName} ({function.Connection})",
                _ => $"{function.Trigger} {function.Schedule}",
            });
        }

        app.Logger.LogInformation("{Functions}", text);
    }
}
