using System.Diagnostics;
using System.Reflection;

namespace Cascade.Infra.Tests;

/// <summary>
/// The Bicep CLI from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c>, which this project restores
/// with a PackageDownload. The package directory is written into the assembly at build time; the NuGet
/// folders (<c>NUGET_PACKAGES</c>, <c>~/.nuget/packages</c>) are the fallback. NuGet does not keep the
/// executable bit, so it is set here.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    private static readonly Lazy<string> Executable = new(Locate);

    /// <summary>Runs the CLI; the output is stdout and stderr together, as the CLI prints diagnostics on stderr.</summary>
    public static BicepRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        // No telemetry, and no waiting on a network this machine may not have.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + Executable.Value);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish.");
        }

        return new BicepRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Locate()
    {
        var candidates = new List<string>();
        var built = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepCliPackageDirectory")?.Value;
        if (!string.IsNullOrEmpty(built))
        {
            candidates.Add(built);
        }

        var roots = new[]
        {
            Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        };
        foreach (var root in roots.Where(r => !string.IsNullOrEmpty(r)).Select(r => Path.Combine(r!, PackageId)).Where(Directory.Exists))
        {
            // The first candidate with a binary wins, so the newest version comes first.
            candidates.AddRange(Directory.GetDirectories(root).OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version()));
        }

        foreach (var directory in candidates)
        {
            var binary = Path.Combine(directory, "tools", "bicep");
            if (File.Exists(binary))
            {
                MakeExecutable(binary);
                return binary;
            }
        }

        throw new FileNotFoundException(
            $"The Bicep CLI was not found (looked in: {string.Join(", ", candidates.DefaultIfEmpty("no NuGet folder"))}). " +
            "Restore tests/Cascade.Infra.Tests, which downloads the package Azure.Bicep.CommandLine.linux-x64.");
    }

    private static void MakeExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}
