using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.LocalRuntime.Tests.TestFunctions;

/// <summary>An HTTP function for the tests: binds a route value by name, and fails when asked to.</summary>
public sealed class EchoName
{
    [Function(nameof(EchoName))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "test/echo/{name}")] HttpRequest request, string name, int times)
    {
        if (name == "boom")
            throw new InvalidOperationException("secret internal detail");
        return new OkObjectResult(new { name, times });
    }
}
