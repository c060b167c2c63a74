using System.Net;
using System.Net.Http.Headers;

namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>GET /api/cascade.js and the demo site, over HTTP.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SnippetHttpTests(BrowserRuntimeFixture runtime)
{
    [Fact]
    public async Task Snippet_IsServedAsCacheableJavaScript_AndRevalidatedByETag()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(runtime.BaseUrl) };

        using var response = await anonymous.GetAsync("/api/cascade.js");
        var script = await response.Content.ReadAsStringAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/cascade.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await anonymous.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Contains("cascade_aid", script, StringComparison.Ordinal);
        Assert.InRange(script.Length, 500, 5 * 1024);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(response.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Snippet_WithAnotherETag_IsSentAgain()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cascade.js");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\""));

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DemoSite_IsServedWithTheSnippetAndTheForm()
    {
        using var anonymous = new HttpClient { BaseAddress = new Uri(runtime.BaseUrl) };

        var page = await anonymous.GetStringAsync("/demo/");

        Assert.Contains("<script src=\"/api/cascade.js\"", page, StringComparison.Ordinal);
        Assert.Contains("action=\"/api/forms/demo\"", page, StringComparison.Ordinal);
    }
}
