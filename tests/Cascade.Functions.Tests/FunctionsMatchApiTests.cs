using System.Reflection;
using System.Text.RegularExpressions;
using Cascade.Storage.Queues;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Tests;

/// <summary>Every [Function] of Cascade.Functions serves a route, queue or schedule that api.md names, with its key rule.</summary>
public sealed partial class FunctionsMatchApiTests
{
    private static readonly string[] Anonymous = ["POST /api/forms/{formId}", "GET /api/health", "POST /api/webhooks/{source}", "POST /api/collect", "GET /api/cascade.js"];

    public static TheoryData<string> FunctionNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Functions())
            data.Add(name);
        return data;
    }

    [Fact]
    public void Functions_AreDiscovered()
    {
        Assert.Contains(Functions(), f => f.Name == "GetHealth");
        Assert.Contains(Functions(), f => f.Name == "GetQueueStatus");
    }

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void Function_TriggerIsNamedInApiMd(string name)
    {
        var method = Functions().Single(f => f.Name == name).Method;
        var trigger = method.GetParameters().Select(p => p.GetCustomAttributes(inherit: false).FirstOrDefault(a =>
            a is HttpTriggerAttribute or QueueTriggerAttribute or TimerTriggerAttribute)).Single(a => a is not null);

        switch (trigger)
        {
            case HttpTriggerAttribute http:
                Assert.NotNull(http.Methods);
                foreach (var verb in http.Methods)
                {
                    // A browser endpoint answers its own CORS preflight (api.md: "preflight answered").
                    if (verb.Equals("options", StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.Equal(AuthorizationLevel.Anonymous, http.AuthLevel);
                        Assert.Contains("post", http.Methods, StringComparer.OrdinalIgnoreCase);
                        Assert.Contains("preflight answered", ApiContract.Text, StringComparison.Ordinal);
                        continue;
                    }

                    var endpoint = $"{verb.ToUpperInvariant()} /api/{http.Route}";
                    // Operator routes (/api/admin/…) extend api.md; the README's "Operator routes" documents them.
                    var contract = http.Route!.StartsWith("admin/", StringComparison.Ordinal) ? ApiContract.Readme : ApiContract.Text;
                    Assert.Contains($"`{endpoint}", contract, StringComparison.Ordinal);
                    var expected = Anonymous.Contains(endpoint) ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function;
                    Assert.Equal(expected, http.AuthLevel);
                }

                break;
            case QueueTriggerAttribute queue:
                // The admin rebuild's queue extends api.md as the operator routes do; the README documents it with them.
                Assert.Contains($"`{queue.QueueName}`", queue.QueueName == QueueNames.Rebuild ? ApiContract.Readme : ApiContract.Text, StringComparison.Ordinal);
                break;
            case TimerTriggerAttribute timer:
                // api.md: "Timer `Name`, NCRONTAB `schedule`: …" or "Timer `Name`, `schedule`: …", one line each.
                Assert.Contains(ApiContract.Text.Split('\n'), line =>
                    line.Contains($"Timer `{name}`,", StringComparison.Ordinal) && line.Contains($"`{timer.Schedule}`", StringComparison.Ordinal));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void FunctionClass_IsNamedAfterItsFunction(string name)
    {
        var method = Functions().Single(f => f.Name == name).Method;
        Assert.Equal(name, method.DeclaringType!.Name);
    }

    public static TheoryData<string> ApiEndpoints()
    {
        var data = new TheoryData<string>();
        foreach (var endpoint in ApiEndpointNames())
        {
            data.Add(endpoint);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints))]
    public void ApiEndpoint_HasAFunction(string endpoint) => Assert.Contains(endpoint, Served());

    private static IEnumerable<string> ApiEndpointNames() =>
        EndpointPattern().Matches(ApiContract.Text).Select(m => $"{m.Groups[1].Value} /api/{m.Groups[2].Value}").Distinct();

    private static IEnumerable<string> Served() => Functions()
        .Select(f => f.Method.GetParameters().SelectMany(p => p.GetCustomAttributes<HttpTriggerAttribute>()).SingleOrDefault())
        .Where(t => t is not null)
        .SelectMany(t => t!.Methods!.Select(m => $"{m.ToUpperInvariant()} /api/{t.Route}"));

    [Theory]
    [InlineData("touchpoints")]
    [InlineData("opportunities")]
    [InlineData("transitions")]
    [InlineData("attribution")]
    public void ApiQueue_HasAQueueFunction(string queue)
    {
        Assert.Contains($"`{queue}`", ApiContract.Text, StringComparison.Ordinal);
        Assert.Single(Functions(), f => f.Method.GetParameters().Any(p => p.GetCustomAttribute<QueueTriggerAttribute>()?.QueueName == queue));
    }

    [Fact]
    public void WorkQueues_EachHaveOneQueueFunction()
    {
        foreach (var queue in QueueNames.Work)
        {
            Assert.Single(Functions(), f => f.Method.GetParameters().Any(p => p.GetCustomAttribute<QueueTriggerAttribute>()?.QueueName == queue));
        }
    }

    [Theory]
    [InlineData("SnapshotPipelineWaterfall", "0 5 0 1 1,4,7,10 *")]
    [InlineData("DailyMaintenance", "0 0 3 * * *")]
    public void ApiTimer_HasATimerFunctionOnItsSchedule(string name, string schedule)
    {
        var method = Functions().Single(f => f.Name == name).Method;
        var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).Single(t => t is not null);
        Assert.Equal(schedule, trigger!.Schedule);
    }

    // "`GET /api/reports/funnel?from=&to=`" → GET, /api/reports/funnel (the query string is not part of the route).
    [GeneratedRegex(@"`(GET|POST|DELETE|PUT|PATCH) /api/([^`?\s]+)")]
    private static partial Regex EndpointPattern();

    private static IEnumerable<(string Name, MethodInfo Method)> Functions() =>
        typeof(CascadeFunctionsServices).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Attribute: m.GetCustomAttribute<FunctionAttribute>(), Method: m))
            .Where(f => f.Attribute is not null)
            .Select(f => (f.Attribute!.Name, f.Method));
}
