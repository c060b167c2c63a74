using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cascade.App.Webhooks;
using Cascade.Domain.Identity;
using Cascade.EndToEnd.Tests.Infrastructure;
using Cascade.Testing.Hostile;
using CsCheck;

namespace Cascade.EndToEnd.Tests;

/// <summary>
/// A generated hostile sample posted over HTTP to every write endpoint: nothing is answered 5xx, every refusal is
/// problem details, nothing accepted ends in a poison queue, and every accepted person and opportunity can be read
/// by its key — and a person erased — through the routes.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class HostileInputTests(CascadeHost host)
{
    private const string Known = "known@hostile-e2e.example";

    // Identifiers with every character a route segment carries once percent-encoded, so addressing is always exercised.
    private const string OddButLegalTouchpoint = """
        { "eventId": "hostile-e2e #1?", "occurredAt": "2026-02-01T09:00:00+01:00", "type": "page_view",
          "email": "O'Hara+50%?x#y@Hostile-E2E.example", "accountDomain": "https://www.Hostile-E2E.example/about" }
        """;

    private const string OddButLegalOpportunity = """
        { "opportunityId": "hostile e2e #1? 50% é:~", "amount": 1234.5, "closeDate": "2026-06-30", "status": "open",
          "contactEmails": ["o'hara+50%?x#y@hostile-e2e.example"], "createdAt": "2026-02-02T00:00:00Z", "updatedAt": "2026-02-02T00:00:00Z" }
        """;

    private const string OddButLegalPerson = """{ "email": "ünïcode.&=;@hostile-e2e.example", "company": "Hostile & Co" }""";

    [Fact]
    public async Task HostileSample_IsNeverAnswered5xx_NothingAcceptedIsPoisoned_AndEveryAcceptedIdentifierIsAddressable()
    {
        await host.DrainAsync();
        var people = new HashSet<string>(StringComparer.Ordinal);
        var erasable = new HashSet<string>(StringComparer.Ordinal);
        var opportunities = new HashSet<string>(StringComparer.Ordinal);
        Assert.True((await PostAsync(host.Client, "/api/people", Encoding.UTF8.GetBytes($$"""{ "email": "{{Known}}" }"""))).Accepted);

        foreach (var body in Draw(HostileJson.Body(HostileBodies.Touchpoint), 40).Prepend(Utf8(OddButLegalTouchpoint)))
        {
            var answer = await PostAsync(host.Client, "/api/touchpoints", body);
            if (answer.Accepted && answer.Json.GetProperty("duplicates").GetInt32() == 0)
                people.UnionWith(Items(body).Select(i => EmailOf(i, "email")).OfType<string>());
        }

        foreach (var body in Draw(HostileJson.Body(HostileBodies.Opportunity), 25).Prepend(Utf8(OddButLegalOpportunity)))
        {
            var answer = await PostAsync(host.Client, "/api/crm/opportunities", body);
            if (answer.Accepted && answer.Json.GetProperty("stale").GetInt32() == 0)
                opportunities.UnionWith(Items(body).Select(i => i.GetProperty("opportunityId").GetString()!.Trim()));
        }

        foreach (var body in Draw(HostileJson.Body(HostileBodies.Person), 25).Prepend(Utf8(OddButLegalPerson)))
        {
            var answer = await PostAsync(host.Client, "/api/people", body);
            if (answer.Accepted)
                erasable.Add(EmailOf(Items(body).Single(), "email")!);
        }

        foreach (var body in Draw(HostileJson.Body(HostileBodies.SalesAction), 15))
            await PostAsync(host.Client, $"/api/people/{Known}/actions", body);

        foreach (var body in Draw(HostileJson.Body(HostileBodies.BrowserEvent), 15))
            await PostAsync(host.Anonymous, "/api/collect", body);

        foreach (var body in Draw(HostileJson.Body(HostileBodies.SegmentDelivery), 15))
            await PostAsync(host.Anonymous, "/api/webhooks/segment", body, Signed(body));

        foreach (var (formId, fields) in Draw(Gen.Select(HostileBodies.FormId, HostileBodies.FormFields), 15))
        {
            var path = "/api/forms/" + PercentEncode(formId);
            var json = await PostAsync(host.Anonymous, path, Encoding.UTF8.GetBytes(HostileJson.Object(fields.Select(f => (f.Key, HostileJson.String(f.Value))))));
            var urlEncoded = await PostAsync(host.Anonymous, path, UrlEncoded(fields), contentType: "application/x-www-form-urlencoded");
            var bot = fields.TryGetValue("website", out var website) && !string.IsNullOrWhiteSpace(website);
            if (!bot && (json.Accepted || urlEncoded.Accepted))
                people.Add(EmailAddress.Parse(fields["email"]).Value);
        }

        Assert.Contains("o'hara+50%?x#y@hostile-e2e.example", people);
        Assert.Contains("hostile e2e #1? 50% é:~", opportunities);
        Assert.Contains("ünïcode.&=;@hostile-e2e.example", erasable);
        await WaitForTheWorkQueuesAsync();
        var counts = await host.QueueCountsAsync();
        Assert.All(counts.Where(c => c.Key.EndsWith("-poison", StringComparison.Ordinal)), c => Assert.Equal(0, c.Value));

        foreach (var email in people.Concat(erasable).Append(Known))
            await AssertStatusAsync(HttpStatusCode.OK, host.Client.GetAsync($"/api/people/{Uri.EscapeDataString(email)}"), email);
        foreach (var id in opportunities)
            await AssertStatusAsync(HttpStatusCode.OK, host.Client.GetAsync($"/api/opportunities/{Uri.EscapeDataString(id)}/attribution"), id);
        foreach (var email in erasable)
        {
            await AssertStatusAsync(HttpStatusCode.Accepted, host.Client.DeleteAsync($"/api/people/{Uri.EscapeDataString(email)}"), email);
            await AssertStatusAsync(HttpStatusCode.NotFound, host.Client.GetAsync($"/api/people/{Uri.EscapeDataString(email)}"), email);
        }

        await host.DrainAsync();
    }

    private static T[] Draw<T>(Gen<T> gen, int count) => gen.Array[count].Single();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Posts <paramref name="body"/>; asserts the answer is no 5xx and that every refusal is problem details.</summary>
    private static async Task<Answer> PostAsync(
        HttpClient client, string path, byte[] body, (string Timestamp, string Signature)? signature = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("Origin", CascadeHost.AllowedOrigin);
        if (signature is { } s)
        {
            request.Headers.Add(WebhookSignature.TimestampHeader, s.Timestamp);
            request.Headers.Add(WebhookSignature.SignatureHeader, s.Signature);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var what = $"POST {path} {Convert.ToBase64String(body)} → {(int)response.StatusCode} {text}";
        Assert.True((int)response.StatusCode < 500, what);
        if (response.StatusCode == HttpStatusCode.Accepted)
            return new Answer(true, JsonDocument.Parse(text).RootElement.Clone());
        if ((int)response.StatusCode >= 400 && response.StatusCode != HttpStatusCode.NotFound)
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", what);
        return new Answer(false, default);
    }

    private static (string, string) Signed(byte[] body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (timestamp, WebhookSignature.Sign(CascadeHost.SegmentSecret, timestamp, body));
    }

    /// <summary>The objects of an accepted body (one object or an array of them).</summary>
    private static List<JsonElement> Items(byte[] body)
    {
        var root = JsonDocument.Parse(body).RootElement.Clone();
        return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
    }

    private static string? EmailOf(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && EmailAddress.TryParse(value.GetString(), out var email)
            ? email.Value
            : null;

    private async Task WaitForTheWorkQueuesAsync()
    {
        var emptyPolls = 0;
        await Eventually.GetAsync(async () =>
        {
            var counts = await host.QueueCountsAsync();
            emptyPolls = counts.Where(c => !c.Key.EndsWith("-poison", StringComparison.Ordinal)).All(c => c.Value == 0) ? emptyPolls + 1 : 0;
            return emptyPolls;
        }, polls => polls >= 2, "the work queues to drain", TimeSpan.FromMinutes(4));
    }

    private static async Task AssertStatusAsync(HttpStatusCode expected, Task<HttpResponseMessage> sending, string key)
    {
        using var response = await sending;
        Assert.True(expected == response.StatusCode, $"{key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A form body as a browser encodes it: UTF-8 (a lone surrogate becomes U+FFFD), every byte but the unreserved ones escaped.</summary>
    private static byte[] UrlEncoded(Dictionary<string, string> fields) =>
        Encoding.ASCII.GetBytes(string.Join("&", fields.Select(f => PercentEncode(f.Key) + "=" + PercentEncode(f.Value))));

    private static string PercentEncode(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                text.Append((char)b);
            else
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private sealed record Answer(bool Accepted, JsonElement Json);
}
