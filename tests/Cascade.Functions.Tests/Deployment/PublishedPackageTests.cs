using System.Text.Json.Nodes;

namespace Cascade.Functions.Tests.Deployment;

/// <summary>
/// What <c>dotnet publish</c> of the Functions app gives, which a deployment uploads as it is: the app and its
/// assemblies, what the Functions host reads beside them (functions.metadata, worker.config.json, host.json,
/// extensions.json and the extension bundle in .azurefunctions/), and nothing of the local runtime or the tests.
/// </summary>
public sealed class PublishedPackageTests(PublishedPackage package) : IClassFixture<PublishedPackage>
{
    [Theory]
    [InlineData("Cascade.Functions.dll")]
    [InlineData("Cascade.App.dll")]
    [InlineData("Cascade.Domain.dll")]
    [InlineData("Cascade.Storage.dll")]
    [InlineData("Cascade.Functions.deps.json")]
    [InlineData("Cascade.Functions.runtimeconfig.json")]
    [InlineData("Microsoft.Azure.Functions.Worker.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Grpc.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Extensions.Storage.Queues.dll")]
    [InlineData("Microsoft.Azure.Functions.Worker.Extensions.Timer.dll")]
    [InlineData("Azure.Data.Tables.dll")]
    [InlineData("Azure.Storage.Queues.dll")]
    [InlineData("Azure.Identity.dll")]
    [InlineData("functions.metadata")]
    [InlineData("worker.config.json")]
    [InlineData("host.json")]
    [InlineData("extensions.json")]
    [InlineData(".azurefunctions/function.deps.json")]
    [InlineData(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll")]
    [InlineData(".azurefunctions/Microsoft.Azure.WebJobs.Extensions.FunctionMetadataLoader.dll")]
    public void Package_HoldsWhatTheHostRuns(string file) => Assert.Contains(file, package.Files);

    [Fact]
    public void Package_HoldsNothingOfTheLocalRuntimeOrTheTests()
    {
        string[] forbidden = ["Cascade.LocalRuntime", "Cascade.Testing", ".Tests.", "xunit", "Microsoft.NET.Test.Sdk", "testhost",
            "TimeProvider.Testing", "Cronos", "local.settings.json", "demo/"];

        var leaked = package.Files.Where(f => forbidden.Any(name => f.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void WorkerConfig_StartsThePublishedApp()
    {
        var config = Json("worker.config.json")["description"]!;

        Assert.Equal("dotnet-isolated", config["language"]!.ToString());
        Assert.Contains(config["defaultWorkerPath"]!.ToString(), package.Files);
    }

    [Fact]
    public void FunctionsMetadata_DeclaresEveryFunctionOfThePublishedApp()
    {
        var functions = Json("functions.metadata").AsArray();

        Assert.True(functions.Count >= 20, $"functions.metadata lists {functions.Count} functions");
        Assert.All(functions, f => Assert.Contains(f!["scriptFile"]!.ToString(), package.Files));
        Assert.Equal(functions.Count, functions.Select(f => f!["name"]!.ToString()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void ExtensionBundle_HoldsEveryExtensionTheHostLoads()
    {
        var extensions = Json("extensions.json")["extensions"]!.AsArray();

        Assert.NotEmpty(extensions);
        Assert.All(extensions, e => Assert.Contains(Path.GetRelativePath(".", e!["hintPath"]!.ToString()).Replace('\\', '/'), package.Files));
        Assert.Contains(extensions, e => e!["name"]!.ToString() == "AzureStorageQueues");
    }

    [Fact]
    public void HostJson_IsTheRepositorysHostJson() =>
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")).ReplaceLineEndings(),
            File.ReadAllText(package.PathOf("host.json")).ReplaceLineEndings());

    private JsonNode Json(string file) => JsonNode.Parse(File.ReadAllText(package.PathOf(file)))!;
}
