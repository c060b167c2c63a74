using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>POST /api/collect over HTTP, as browsers and bots call it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CollectHttpTests(BrowserRuntimeFixture runtime)
{
    [Fact]
    public async Task Preflight_FromAnAllowedOrigin_IsAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/collect");
        request.Headers.Add("Origin", runtime.BaseUrl);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(runtime.BaseUrl, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData(null)]
    public async Task Post_FromAnotherOriginOrNone_Is403Problem(string? origin)
    {
        using var request = Visitor.Event(runtime, Guid.NewGuid().ToString());
        request.Headers.Remove("Origin");
        if (origin is not null)
            request.Headers.Add("Origin", origin);

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_TextPlainBeacon_IsAccepted_AndItsReplayIsADuplicate()
    {
        using var first = Visitor.Event(runtime, Guid.NewGuid().ToString());
        var body = await first.Content!.ReadAsStringAsync();
        using var replay = new HttpRequestMessage(HttpMethod.Post, "/api/collect") { Content = new StringContent(body, Encoding.UTF8, "text/plain") };
        replay.Headers.Add("Origin", runtime.BaseUrl);
        replay.Headers.TryAddWithoutValidation("User-Agent", Visitor.Browser);

        using var accepted = await runtime.Client.SendAsync(first);
        using var duplicate = await runtime.Client.SendAsync(replay);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(runtime.BaseUrl, accepted.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(1, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        Assert.Equal(1, (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Post_OverSixteenKiB_Is413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/collect") { Content = new StringContent(new string(' ', 16 * 1024 + 1)) };
        request.Headers.Add("Origin", runtime.BaseUrl);

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_BadEvent_Is400WithTheField()
    {
        using var request = Visitor.Event(runtime, "not an id");

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("anonymousId", out _));
    }

    [Fact]
    public async Task Post_OverTheVisitorsLimit_Is429WithRetryAfter()
    {
        var visitor = Guid.NewGuid().ToString();
        for (var i = 0; i < 60; i++)
        {
            using var ok = await runtime.Client.SendAsync(Visitor.Event(runtime, visitor));
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }

        using var response = await runtime.Client.SendAsync(Visitor.Event(runtime, visitor));

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_FromABot_Is202ButNeverJoinsTheJourney()
    {
        var visitor = Guid.NewGuid().ToString();
        var email = $"bot-check-{visitor[..8]}@acme-industries.com";

        using var bot = await runtime.Client.SendAsync(Visitor.Event(runtime, visitor, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        using var person = await runtime.Client.SendAsync(Visitor.Event(runtime, visitor));
        using var form = new HttpRequestMessage(HttpMethod.Post, "/api/forms/newsletter") { Content = JsonContent.Create(new { email, anonymousId = visitor }) };
        form.Headers.Add("Origin", runtime.BaseUrl);
        using var submitted = await runtime.Client.SendAsync(form);

        Assert.Equal(HttpStatusCode.Accepted, bot.StatusCode);
        Assert.Equal(0, (await bot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var known = await Visitor.PersonAsync(runtime, email, p => Visitor.Touches(p, "page_view").Any() && Visitor.Touches(p, "form_fill").Any());
        Assert.Single(Visitor.Touches(known, "page_view"));
    }
}
