using System.Text.Json.Nodes;

namespace Cascade.LocalRuntime.Metadata;

/// <summary>
/// One binding of a function in <c>functions.metadata</c>: its name (the parameter it binds, or <c>$return</c>),
/// type (<c>httpTrigger</c>, <c>queueTrigger</c>, <c>timerTrigger</c>, <c>http</c>, …), direction, and the
/// type's own settings (route, methods, authLevel, queueName, connection, schedule, …) as written.
/// </summary>
public sealed record DeclaredBinding(string Name, string Type, string Direction, JsonObject Settings)
{
    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>A setting as text; null when absent.</summary>
    public string? Text(string name) =>
        Settings.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
            ? value.ToString()
            : null;

    /// <summary>A list setting (e.g. methods); null when absent.</summary>
    public IReadOnlyList<string>? List(string name) =>
        Settings.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value is JsonArray array
            ? array.Select(item => item!.ToString()).ToList()
            : null;

    /// <summary>A boolean setting, as true/false or "true"/"false"; <paramref name="fallback"/> when absent.</summary>
    public bool Flag(string name, bool fallback) => Text(name) is { } text ? bool.Parse(text) : fallback;
}
