using System.Globalization;
using Cascade.LocalRuntime.Metadata;

namespace Cascade.LocalRuntime;

/// <summary>How one local runtime is started: port, storage, settings, and which functions.metadata files it serves.</summary>
public sealed class LocalRuntimeOptions
{
    public const int DefaultPort = 7071;

    public const string Usage =
        "usage: Cascade.LocalRuntime [--port N] [--storage CONNECTION] [--settings local.settings.json] [--metadata EXTRA/functions.metadata] [--demo web/demo]";

    /// <summary>The TCP port on 127.0.0.1; 0 lets the OS choose (tests).</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>Overrides the AzureWebJobsStorage setting when set.</summary>
    public string? Storage { get; set; }

    /// <summary>local.settings.json whose Values become settings; none when null.</summary>
    public string? SettingsFile { get; set; }

    /// <summary>host.json to read; by default the one copied beside the app.</summary>
    public string HostJsonFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "host.json");

    /// <summary>
    /// The functions.metadata files whose functions are served: the one the worker SDK wrote for Cascade.Functions
    /// (copied beside the runtime), then any added (tests add their own functions' file).
    /// </summary>
    public IList<string> MetadataFiles { get; } = [Path.Combine(AppContext.BaseDirectory, FunctionMetadataFile.FileName)];

    /// <summary>Settings that win over every other source (tests use them).</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The demo website's folder, served at /demo/ (development only); none when null.</summary>
    public string? DemoDirectory { get; set; }

    /// <summary>Names this runtime among others sharing the storage (timer leases).</summary>
    public string InstanceId { get; set; } = Guid.NewGuid().ToString("N");

    public static LocalRuntimeOptions Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        var options = new LocalRuntimeOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--port":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                        throw new ArgumentException($"--port needs a port number (0-65535), not '{text}'");
                    options.Port = port;
                    break;
                case "--storage":
                    options.Storage = Value();
                    break;
                case "--settings":
                    options.SettingsFile = Path.GetFullPath(Value(), currentDirectory);
                    break;
                case "--metadata":
                    options.MetadataFiles.Add(Path.GetFullPath(Value(), currentDirectory));
                    break;
                case "--demo":
                    options.DemoDirectory = Path.GetFullPath(Value(), currentDirectory);
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        // Like `func start`, read local.settings.json from where the app is started, else beside the app.
        options.SettingsFile ??= new[] { currentDirectory, AppContext.BaseDirectory }
            .Select(dir => Path.Combine(dir, "local.settings.json"))
            .FirstOrDefault(File.Exists);
        return options;
    }
}
