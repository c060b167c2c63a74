using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Configuration;

/// <summary>
/// Reads host.json under the section <c>AzureFunctionsJobHost</c>, the name the Functions host gives
/// it, so that app settings such as <c>AzureFunctionsJobHost__extensions__queues__batchSize</c>
/// override it exactly as they do in Azure.
/// </summary>
internal static class HostJsonFile
{
    public const string Section = "AzureFunctionsJobHost";

    public static IEnumerable<KeyValuePair<string, string?>> Read(string path)
    {
        if (!File.Exists(path))
            return [];
        var json = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        return json.AsEnumerable()
            .Where(pair => pair.Value is not null)
            .Select(pair => new KeyValuePair<string, string?>(Section + ":" + pair.Key, pair.Value))
            .ToList();
    }
}
