using System.Net.Http.Json;
using System.Text.Json;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>Sends events as the snippet does, and reads back what Cascade made of them.</summary>
public static class Visitor
{
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public static HttpRequestMessage Event(BrowserRuntimeFixture runtime, string anonymousId, string? userAgent = Browser, string? origin = null, string type = "page_view")
    {
        var body = JsonSerializer.Serialize(new
        {
            eventId = Guid.NewGuid().ToString(),
            type,
            anonymousId,
            pageUrl = runtime.BaseUrl + "/demo/",
            utm = new { source = "newsletter", medium = "email", campaign = "spring" },
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/collect") { Content = new StringContent(body, System.Text.Encoding.UTF8, "text/plain") };
        request.Headers.TryAddWithoutValidation("Origin", origin ?? runtime.BaseUrl);
        if (userAgent is not null)
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return request;
    }

    /// <summary>The person's touchpoints as <c>GET /api/people/{email}</c> answers, once <paramref name="done"/> holds.</summary>
    public static Task<JsonElement> PersonAsync(BrowserRuntimeFixture runtime, string email, Func<JsonElement, bool> done) =>
        Eventually.GetAsync(
            async () =>
            {
                using var response = await runtime.Client.GetAsync("/api/people/" + Uri.EscapeDataString(email));
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            },
            person => person.ValueKind == JsonValueKind.Object && done(person),
            "person " + email,
            TimeSpan.FromSeconds(90));

    public static IEnumerable<JsonElement> Touches(JsonElement person, string type) =>
        person.GetProperty("touchpoints").EnumerateArray().Where(t => t.GetProperty("type").GetString() == type);
}
