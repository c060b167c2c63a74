using System.Text.Json.Nodes;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Metadata;

/// <summary>
/// The local runtime serves exactly what the worker SDK's generated functions.metadata of Cascade.Functions declares
/// (the file the Functions host reads in Azure), function by function: read here on its own, compared with what the
/// running runtime set up (its endpoints, queue listeners and timer runners).
/// </summary>
[Collection(RuntimeCollection.Name)]
public sealed class ServedFunctionsTests(RuntimeFixture runtime)
{
    private static readonly string AppMetadata = Path.Combine(AppContext.BaseDirectory, "functions.metadata");

    public static TheoryData<string> DeclaredFunctions()
    {
        var data = new TheoryData<string>();
        foreach (var function in Declared(AppMetadata))
            data.Add(function["name"]!.ToString());
        return data;
    }

    [Fact]
    public void Served_AreTheDeclaredFunctions_NoMoreNoFewer()
    {
        var declared = Declared(AppMetadata).Concat(Declared(RuntimeFixture.TestFunctionsMetadata)).Select(f => f["name"]!.ToString());

        var served = ServedFunctions.Of(runtime.Runtime).Select(f => f.Name);

        Assert.Equal(declared.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
        Assert.True(Declared(AppMetadata).Count() >= 20, "functions.metadata of Cascade.Functions lists the app's functions");
    }

    [Theory]
    [MemberData(nameof(DeclaredFunctions))]
    public void Served_MatchesFunctionsMetadata(string name)
    {
        var function = Declared(AppMetadata).Single(f => f["name"]!.ToString() == name);
        var trigger = Assert.Single(function["bindings"]!.AsArray(), b => b!["type"]!.ToString().EndsWith("Trigger", StringComparison.Ordinal))!;

        var served = Assert.Single(ServedFunctions.Of(runtime.Runtime), f => f.Name == name);

        Assert.Equal(trigger["type"]!.ToString(), served.Trigger);
        switch (served.Trigger)
        {
            case "httpTrigger":
                Assert.Equal("api/" + (Text(trigger, "route") ?? name), served.Route);
                Assert.Equal(
                    trigger["methods"]?.AsArray().Select(m => m!.ToString().ToUpperInvariant()).Order(),
                    served.Methods?.Order());
                Assert.Equal(Text(trigger, "authLevel") ?? "Function", served.AuthLevel, ignoreCase: true);
                break;
            case "queueTrigger":
                Assert.Equal(Text(trigger, "queueName"), served.QueueName);
                Assert.Equal(Text(trigger, "connection") ?? "AzureWebJobsStorage", served.Connection);
                break;
            case "timerTrigger":
                Assert.Equal(Text(trigger, "schedule"), served.Schedule);
                Assert.Equal(bool.Parse(Text(trigger, "useMonitor") ?? "true"), served.UseMonitor);
                Assert.Equal(bool.Parse(Text(trigger, "runOnStartup") ?? "false"), served.RunOnStartup);
                break;
            default:
                Assert.Fail($"{name} is served as {served.Trigger}");
                break;
        }
    }

    private static IEnumerable<JsonObject> Declared(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(f => f!.AsObject());

    private static string? Text(JsonNode binding, string key) => binding[key]?.ToString();
}
