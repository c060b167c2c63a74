using System.Diagnostics;
using System.Reflection;

namespace Cascade.Functions.Tests.Deployment;

/// <summary>
/// The deployment package: <c>dotnet publish src/Cascade.Functions</c> into a temporary folder, once for the test
/// class, in the configuration these tests were built in. <c>--no-build</c>: the app was just built with the tests
/// (this test project references it), so the publish only lays the package out, as <c>azd deploy</c> and the
/// workflow do after their build.
/// </summary>
public sealed class PublishedPackage : IAsyncLifetime
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("cascade-publish").FullName;

    /// <summary>Every file of the package, relative to it, with '/' separators.</summary>
    public IReadOnlyList<string> Files { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var configuration = typeof(PublishedPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(RepositoryRoot.Path, "src", "Cascade.Functions", "Cascade.Functions.csproj");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "-c", configuration, "--no-build", "-o", Directory, "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        using var publish = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await publish.WaitForExitAsync(timeout.Token);
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{await output}\n{await errors}");
        Files = System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
