using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A deterministic journey of API touchpoint payloads: the same <c>count</c> gives the same types, channels and
/// instants whatever the person and event-id prefix, so two people given the same journey must end alike.
/// </summary>
public static class JourneyTouches
{
    private static readonly string[] Types = ["page_view", "email_click", "content_download", "webinar_attended", "form_fill", "email_open"];
    private static readonly string[] Channels = ["organic_search", "email", "paid_social", "webinar", "referral"];
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Touches of one person; with <paramref name="anonymousId"/>, the first half carries only the cookie.</summary>
    public static List<JsonObject> For(string email, string eventPrefix, int count, string? anonymousId = null) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var touch = new JsonObject
            {
                ["eventId"] = $"{eventPrefix}-{i:D4}",
                ["occurredAt"] = Start.AddMinutes(37 * i).ToString("O", CultureInfo.InvariantCulture),
                ["type"] = Types[i % Types.Length],
                ["channel"] = Channels[i % Channels.Length],
                ["origin"] = "marketing",
                ["campaign"] = $"campaign-{i % 3}",
            };
            if (anonymousId is not null)
                touch["anonymousId"] = anonymousId;
            if (anonymousId is null || i >= count / 2)
                touch["email"] = email;
            return touch;
        }).ToList();

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<JsonObject> batch) =>
        client.PostAsync("/api/touchpoints", new StringContent(new JsonArray([.. batch.Select(t => t.DeepClone())]).ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>The person view of <c>GET /api/people/{email}</c>.</summary>
    public static async Task<JsonElement> PersonAsync(HttpClient client, string email) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/people/{Uri.EscapeDataString(email)}");

    /// <summary>The event ids of a person view's touchpoints, duplicates kept.</summary>
    public static List<string> EventIds(JsonElement person) =>
        person.GetProperty("touchpoints").EnumerateArray().Select(t => t.GetProperty("eventId").GetString()!).ToList();
}
