using Cascade.LocalRuntime.Metadata;

namespace Cascade.LocalRuntime.Tests.Metadata;

/// <summary>The runtime refuses to start, naming the function, when functions.metadata declares what it cannot serve.</summary>
public sealed class StartupCheckTests : IDisposable
{
    private const string EchoEntryPoint = "Cascade.LocalRuntime.Tests.TestFunctions.EchoName.Run";

    private readonly string directory = Directory.CreateTempSubdirectory("cascade-metadata").FullName;

    [Theory]
    [InlineData("""{ "name": "request", "direction": "In", "type": "blobTrigger", "path": "in/{name}" }""", "blobTrigger")]
    [InlineData("""{ "name": "request", "direction": "In", "type": "serviceBusTrigger", "queueName": "orders" }""", "serviceBusTrigger")]
    public void Create_WithUnservableTrigger_RefusesNamingTheFunction(string trigger, string type)
    {
        var options = Options(Function("ImportBlob", EchoEntryPoint, trigger));

        var refused = Assert.Throws<UnservableFunctionException>(() => LocalRuntimeHost.Create(options));

        Assert.Equal("ImportBlob", refused.Function);
        Assert.Contains("'ImportBlob'", refused.Message, StringComparison.Ordinal);
        Assert.Contains(type, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithUnservableOutputBinding_RefusesNamingTheFunction()
    {
        var options = Options(Function(
            "EchoAndQueue", EchoEntryPoint,
            """{ "name": "request", "direction": "In", "type": "httpTrigger", "authLevel": "Anonymous", "methods": [ "get" ] }""",
            """{ "name": "$return", "direction": "Out", "type": "queue", "queueName": "echoes" }"""));

        var refused = Assert.Throws<UnservableFunctionException>(() => LocalRuntimeHost.Create(options));

        Assert.Equal("EchoAndQueue", refused.Function);
        Assert.Contains("queue", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithEntryPointThatDoesNotExist_RefusesNamingTheFunction()
    {
        var options = Options(Function(
            "Missing", "Cascade.LocalRuntime.Tests.TestFunctions.Nowhere.Run",
            """{ "name": "request", "direction": "In", "type": "httpTrigger" }"""));

        var refused = Assert.Throws<UnservableFunctionException>(() => LocalRuntimeHost.Create(options));

        Assert.Equal("Missing", refused.Function);
    }

    [Fact]
    public void Create_WithTriggerNamingNoParameter_RefusesNamingTheFunction()
    {
        var options = Options(Function(
            "Renamed", EchoEntryPoint,
            """{ "name": "req", "direction": "In", "type": "httpTrigger" }"""));

        var refused = Assert.Throws<UnservableFunctionException>(() => LocalRuntimeHost.Create(options));

        Assert.Equal("Renamed", refused.Function);
        Assert.Contains("'req'", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private LocalRuntimeOptions Options(string function)
    {
        var path = Path.Combine(directory, "functions.metadata");
        File.WriteAllText(path, $"[{function}]");
        var options = new LocalRuntimeOptions { Port = 0, SettingsFile = null, Storage = "UseDevelopmentStorage=true" };
        options.MetadataFiles.Add(path);
        return options;
    }

    private static string Function(string name, string entryPoint, params string[] bindings) => $$"""
        { "name": "{{name}}", "scriptFile": "Cascade.LocalRuntime.Tests.dll", "entryPoint": "{{entryPoint}}",
          "language": "dotnet-isolated", "bindings": [ {{string.Join(", ", bindings)}} ] }
        """;
}
