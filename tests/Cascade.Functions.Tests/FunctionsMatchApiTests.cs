using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Tests;

/// <summary>Every [Function] of Cascade.Functions serves a route, queue or schedule that api.md names, with its key rule.</summary>
public sealed class FunctionsMatchApiTests
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
                    // A CORS preflight belongs to the anonymous browser endpoint it precedes, not to the contract.
                    if (verb.Equals("options", StringComparison.OrdinalIgnoreCase)
                        && http.Methods.Any(m => Anonymous.Contains($"{m.ToUpperInvariant()} /api/{http.Route}")))
                        continue;
                    var endpoint = $"{verb.ToUpperInvariant()} /api/{http.Route}";
                    Assert.Contains($"`{endpoint}", ApiContract.Text, StringComparison.Ordinal);
                    var expected = Anonymous.Contains(endpoint) ? AuthorizationLevel.Anonymous : AuthorizationLevel.Function;
                    Assert.Equal(expected, http.AuthLevel);
                }

                break;
            case QueueTriggerAttribute queue:
                Assert.Contains($"`{queue.QueueName}`", ApiContract.Text, StringComparison.Ordinal);
                break;
            case TimerTriggerAttribute timer:
                Assert.Contains($"Timer `{name}`, NCRONTAB `{timer.Schedule}`", ApiContract.Text, StringComparison.Ordinal);
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

    private static IEnumerable<(string Name, MethodInfo Method)> Functions() =>
        typeof(CascadeFunctionsServices).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (Attribute: m.GetCustomAttribute<FunctionAttribute>(), Method: m))
            .Where(f => f.Attribute is not null)
            .Select(f => (f.Attribute!.Name, f.Method));
}
