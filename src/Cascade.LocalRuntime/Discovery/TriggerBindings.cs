using Cascade.LocalRuntime.Metadata;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Cascade.LocalRuntime.Discovery;

/// <summary>
/// Turns a trigger binding of <c>functions.metadata</c> into the worker's trigger attribute, with the settings the
/// file declares and the host's defaults for those it leaves out (authLevel Function, every method, the function
/// name as route, AzureWebJobsStorage as connection, useMonitor on, runOnStartup off).
/// </summary>
internal static class TriggerBindings
{
    public const string Http = "httpTrigger";
    public const string Queue = "queueTrigger";
    public const string Timer = "timerTrigger";

    public static TriggerBindingAttribute Create(string function, DeclaredBinding binding)
    {
        if (!binding.Direction.Equals("In", StringComparison.OrdinalIgnoreCase))
            throw new UnservableFunctionException(function, $"its {binding.Type} has direction {binding.Direction}, not In.");
        try
        {
            return binding.Type switch
            {
                _ when Is(binding, Http) => new HttpTriggerAttribute(
                    AuthLevel(binding.Text("authLevel")), [.. binding.List("methods") ?? []]) { Route = binding.Text("route") },
                _ when Is(binding, Queue) => new QueueTriggerAttribute(Required(binding, "queueName")) { Connection = binding.Text("connection") },
                _ when Is(binding, Timer) => new TimerTriggerAttribute(Required(binding, "schedule"))
                {
                    UseMonitor = binding.Flag("useMonitor", true),
                    RunOnStartup = binding.Flag("runOnStartup", false),
                },
                _ => throw new UnservableFunctionException(
                    function, $"its trigger '{binding.Name}' is a {binding.Type}, which the local runtime cannot serve (it serves {Http}, {Queue} and {Timer})."),
            };
        }
        catch (FormatException e)
        {
            throw new UnservableFunctionException(function, $"its {binding.Type} has a setting the local runtime cannot read: {e.Message}");
        }
    }

    /// <summary>Whether another binding of the function is one the runtime serves with this trigger: an HTTP function's response.</summary>
    public static bool IsServedAlongside(DeclaredBinding trigger, DeclaredBinding other) =>
        Is(trigger, Http) && other.Type.Equals("http", StringComparison.OrdinalIgnoreCase)
            && other.Direction.Equals("Out", StringComparison.OrdinalIgnoreCase);

    private static bool Is(DeclaredBinding binding, string type) => binding.Type.Equals(type, StringComparison.OrdinalIgnoreCase);

    private static AuthorizationLevel AuthLevel(string? text) =>
        text is null ? AuthorizationLevel.Function
        : Enum.TryParse<AuthorizationLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) ? level
        : throw new FormatException($"authLevel '{text}'");

    private static string Required(DeclaredBinding binding, string setting) =>
        binding.Text(setting) is { Length: > 0 } text ? text : throw new FormatException($"no {setting}");
}
