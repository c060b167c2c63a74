using System.Net;
using System.Net.Http.Json;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Http;

[Collection(RuntimeCollection.Name)]
public sealed class HealthTests(RuntimeFixture runtime)
{
    [Fact]
    public async Task Health_WithStorageUp_AnswersOkWithoutKey()
    {
        using var response = await runtime.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        Assert.Equal("ok", body!["status"]);
        Assert.Equal("ok", body["storage"]);
    }
}
