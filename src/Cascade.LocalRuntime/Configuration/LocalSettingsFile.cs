using System.Text.Json;

namespace Cascade.LocalRuntime.Configuration;

/// <summary>
/// Reads local.settings.json as the Functions host does: every Values entry is an app setting
/// (<c>Cascade__ApiKey</c> becomes the configuration key <c>Cascade:ApiKey</c>), and ConnectionStrings
/// entries become <c>ConnectionStrings:name</c>.
/// </summary>
internal static class LocalSettingsFile
{
    public static IEnumerable<KeyValuePair<string, string?>> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var root = document.RootElement;
        var settings = new List<KeyValuePair<string, string?>>();
        if (root.TryGetProperty("Values", out var values))
        {
            foreach (var value in values.EnumerateObject())
                settings.Add(new(Flatten(value.Name), Text(value.Value)));
        }

        if (root.TryGetProperty("ConnectionStrings", out var connections))
        {
            foreach (var connection in connections.EnumerateObject())
                settings.Add(new("ConnectionStrings:" + connection.Name, Text(connection.Value)));
        }

        return settings;
    }

    private static string Flatten(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };
}
