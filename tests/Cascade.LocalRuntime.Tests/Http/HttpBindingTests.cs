using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Http;

[Collection(RuntimeCollection.Name)]
public sealed class HttpBindingTests(RuntimeFixture runtime)
{
    [Fact]
    public async Task RouteAndQueryValues_AreBoundToParametersByName()
    {
        var body = await runtime.Client.GetFromJsonAsync<JsonElement>("/api/test/echo/ada?times=3");

        Assert.Equal("ada", body.GetProperty("name").GetString());
        Assert.Equal(3, body.GetProperty("times").GetInt32());
    }

    [Fact]
    public async Task FunctionException_Answers500ProblemWithoutInternals()
    {
        using var response = await runtime.Client.GetAsync("/api/test/echo/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret internal detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMethod_IsNotServed()
    {
        using var response = await runtime.Client.PostAsync("/api/health", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
