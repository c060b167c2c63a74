using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Http;

[Collection(RuntimeCollection.Name)]
public sealed class QueueStatusTests(RuntimeFixture runtime)
{
    private static readonly string[] Queues =
    [
        "touchpoints", "opportunities", "transitions", "attribution", "rebuild",
        "touchpoints-poison", "opportunities-poison", "transitions-poison", "attribution-poison", "rebuild-poison",
    ];

    [Fact]
    public async Task QueueStatus_WithoutKey_Answers401ProblemDetails()
    {
        using var response = await runtime.Client.GetAsync("/api/status/queues");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task QueueStatus_WithWrongKey_Answers401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status/queues");
        request.Headers.Add("x-functions-key", "not-the-key");

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task QueueStatus_WithKeyHeader_ListsEveryQueueAndPoisonQueue()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status/queues");
        request.Headers.Add("x-functions-key", RuntimeFixture.ApiKey);

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, JsonElement>>();
        Assert.Equal(Queues.Order(), body!.Keys.Order());
        Assert.All(body.Values, q => Assert.True(q.GetProperty("approximateMessages").GetInt32() >= 0));
    }

    [Fact]
    public async Task QueueStatus_WithCodeQueryParameter_AnswersOk()
    {
        using var response = await runtime.Client.GetAsync($"/api/status/queues?code={RuntimeFixture.ApiKey}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
