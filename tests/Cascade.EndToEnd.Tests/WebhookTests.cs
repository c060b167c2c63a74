using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cascade.App.Webhooks;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>Signed webhooks: a Segment batch is accepted and processed; forged, expired and unknown ones are refused.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WebhookTests(CascadeHost host)
{
    private const string Email = "linus@segment-e2e.example";

    private static readonly string SegmentBatch = $$"""
        { "batch": [
          { "type": "page", "messageId": "seg-e2e-1", "timestamp": "2026-05-04T10:00:00.000Z", "anonymousId": "anon-seg-e2e",
            "context": { "page": { "url": "https://www.acme.example/pricing" }, "campaign": { "name": "spring", "source": "google", "medium": "cpc" } } },
          { "type": "identify", "messageId": "seg-e2e-2", "timestamp": "2026-05-04T10:01:00.000Z", "anonymousId": "anon-seg-e2e",
            "userId": "{{Email}}", "traits": { "firstName": "Linus", "title": "CMO" } },
          { "type": "track", "event": "Webinar Registered", "messageId": "seg-e2e-3", "timestamp": "2026-05-04T10:02:00.000Z",
            "anonymousId": "anon-seg-e2e", "userId": "{{Email}}" }
        ] }
        """;

    [Fact]
    public async Task PostSegmentBatch_Signed_IsAcceptedAndTheVisitorIsStitchedToThePerson()
    {
        using var response = await SendAsync("segment", SegmentBatch, Now(), CascadeHost.SegmentSecret);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("accepted").GetInt32());
        await host.DrainAsync();
        var person = await host.Client.GetFromJsonAsync<JsonElement>($"/api/people/{Email}");
        var types = person.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToList();
        Assert.Contains("page_view", types);
        Assert.Contains("webinar_registered", types);
        Assert.Contains("anon-seg-e2e", person.GetProperty("anonymousIds").EnumerateArray().Select(a => a.GetString()));

        using var replay = await SendAsync("segment", SegmentBatch, Now(), CascadeHost.SegmentSecret);
        Assert.Equal(2, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32());
        await host.DrainAsync();
    }

    [Fact]
    public async Task PostWebhook_SignedWithAnotherSecret_Is401()
    {
        await host.DrainAsync();
        using var response = await SendAsync("segment", SegmentBatch, Now(), "forged-secret");

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task PostWebhook_SignedSixMinutesAgo_Is401()
    {
        await host.DrainAsync();
        using var response = await SendAsync("segment", SegmentBatch, Now() - 360, CascadeHost.SegmentSecret);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task PostWebhook_BodyChangedAfterSigning_Is401()
    {
        await host.DrainAsync();
        var timestamp = Now().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/segment")
        {
            Content = new StringContent(SegmentBatch.Replace("CMO", "CEO", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(CascadeHost.SegmentSecret, timestamp, Encoding.UTF8.GetBytes(SegmentBatch)));

        using var response = await host.Anonymous.SendAsync(request);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task PostWebhook_FromAnUnknownSource_Is401()
    {
        await host.DrainAsync();
        using var response = await SendAsync("hubspot", "{}", Now(), CascadeHost.SegmentSecret);

        await AssertRefusedAsync(response);
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private async Task<HttpResponseMessage> SendAsync(string source, string body, long timestamp, string secret)
    {
        var stamp = timestamp.ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/webhooks/{source}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, stamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, stamp, Encoding.UTF8.GetBytes(body)));
        return await host.Anonymous.SendAsync(request);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var counts = await host.QueueCountsAsync();
        Assert.All(counts.Values, c => Assert.Equal(0, c));
    }
}
