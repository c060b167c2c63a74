namespace Cascade.LocalRuntime;

/// <summary>
/// What the running local runtime serves for one function, read back from what it set up (the HTTP endpoint, the
/// queue listener, the timer runner), in the terms of <c>functions.metadata</c>: trigger type, route (with the
/// route prefix), methods (null: every method), authorization level, queue name, connection setting, schedule.
/// </summary>
public sealed record ServedFunction(
    string Name,
    string Trigger,
    string? Route = null,
    IReadOnlyList<string>? Methods = null,
    string? AuthLevel = null,
    string? QueueName = null,
    string? Connection = null,
    string? Schedule = null,
    bool? UseMonitor = null,
    bool? RunOnStartup = null);
