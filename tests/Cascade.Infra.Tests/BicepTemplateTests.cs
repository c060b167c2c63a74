using System.Text.Json;
using Cascade.Storage;
using Cascade.Storage.Queues;

namespace Cascade.Infra.Tests;

/// <summary>Every Bicep file builds and lints without a single diagnostic, and main.bicep names the storage the code uses.</summary>
public sealed class BicepTemplateTests
{
    public static TheoryData<string> BicepFiles => Files("*.bicep");

    public static TheoryData<string> ParameterFiles => Files("*.bicepparam");

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public async Task Build_BicepFile_CompilesWithoutDiagnostics(string file)
    {
        var run = await InfraBuild.Build;

        Assert.True(run.ExitCode == 0, $"bicep build: {run}");
        Assert.True(File.Exists(Path.Combine(InfraBuild.OutputDirectory, Path.ChangeExtension(Path.GetRelativePath("infra", file), ".json"))), $"no ARM template for {file}");
        Assert.True(run.DiagnosticsOf(RepositoryFiles.PathOf(file)).Count == 0, $"bicep build {file}: {run}");
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    [MemberData(nameof(ParameterFiles))]
    public async Task Lint_InfraFile_ReportsNothing(string file)
    {
        var run = await InfraBuild.Lint;

        Assert.True(run.ExitCode == 0 && run.DiagnosticsOf(RepositoryFiles.PathOf(file)).Count == 0, $"bicep lint {file}: {run}");
    }

    [Fact]
    public async Task Lint_AllInfraFiles_ReportsNothingAtAll()
    {
        var run = await InfraBuild.Lint;

        Assert.True(run.IsClean, $"bicep lint: {run}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void BuildParams_ParameterFile_CompilesWithoutDiagnostics(string file)
    {
        var run = BicepCli.Run("build-params", RepositoryFiles.PathOf(file), "--stdout");

        Assert.True(run.IsClean, $"bicep build-params {file}: {run}");
    }

    [Fact]
    public async Task Build_MainTemplate_CreatesTheTablesAndQueuesTheCodeUses()
    {
        using var template = await CompiledMainAsync();
        var variables = template.RootElement.GetProperty("variables");

        Assert.Equal(StorageNames.Tables, Strings(variables.GetProperty("tableNames")));
        Assert.Equal(QueueNames.Work, Strings(variables.GetProperty("workQueues")));
        // The poison queues are named as the host names them, as QueueNames.Poison does.
        Assert.Contains("'${queue}-poison'", RepositoryFiles.Read("infra", "main.bicep"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_MainTemplate_OutputsTheEndpointUrls()
    {
        using var template = await CompiledMainAsync();
        var outputs = template.RootElement.GetProperty("outputs");

        Assert.All(
            ["FUNCTION_APP_URL", "FORMS_URL", "COLLECT_URL", "HEALTH_URL", "AZURE_FUNCTION_APP_NAME"],
            name => Assert.True(outputs.TryGetProperty(name, out _), $"main.bicep lacks the output {name}"));
    }

    private static async Task<JsonDocument> CompiledMainAsync()
    {
        var run = await InfraBuild.Build;
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(InfraBuild.OutputDirectory, "main.json")));
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static TheoryData<string> Files(string pattern)
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("infra"), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        return [.. files];
    }
}
