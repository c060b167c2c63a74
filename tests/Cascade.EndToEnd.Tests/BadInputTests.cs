using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>Every kind of bad request is answered 4xx problem details, and nothing of it is queued or stored.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class BadInputTests(CascadeHost host)
{
    private const string Victim = "victim@bad-input-e2e.example";

    private static readonly string ValidTouchpoint =
        $$"""{ "eventId": "bad-e2e-valid", "occurredAt": "2026-02-01T09:00:00Z", "type": "page_view", "email": "{{Victim}}" }""";

    public static TheoryData<string, string, string, string?, int> BadRequests()
    {
        var manyItems = "[" + string.Join(",", Enumerable.Range(0, 501).Select(i =>
            $$"""{ "eventId": "bad-e2e-{{i}}", "occurredAt": "2026-02-01T09:00:00Z", "type": "page_view", "email": "{{Victim}}" }""")) + "]";
        var huge = "[" + string.Join(",", Enumerable.Range(0, 400).Select(i =>
            $$"""{ "eventId": "bad-e2e-big-{{i}}", "occurredAt": "2026-02-01T09:00:00Z", "type": "page_view", "email": "{{Victim}}", "pageUrl": "{{new string('x', 2040)}}", "referrer": "{{new string('y', 2040)}}" }""")) + "]";
        return new TheoryData<string, string, string, string?, int>
        {
            { "POST", "/api/touchpoints", "{ not json", "application/json", 400 },
            { "POST", "/api/touchpoints", "42", "application/json", 400 },
            { "POST", "/api/touchpoints", "[]", "application/json", 400 },
            { "POST", "/api/touchpoints", $$"""[{{ValidTouchpoint}}, { "eventId": 7, "occurredAt": "yesterday", "type": "page view" }]""", "application/json", 400 },
            { "POST", "/api/touchpoints", """{ "eventId": "bad-e2e-1", "occurredAt": "2026-02-01T09:00:00", "type": "page_view", "email": "x@y.z" }""", "application/json", 400 },
            { "POST", "/api/touchpoints", """{ "eventId": "bad-e2e-2", "occurredAt": "2026-02-01T09:00:00Z", "type": "page_view" }""", "application/json", 400 },
            { "POST", "/api/touchpoints", """{ "eventId": "bad-e2e-3", "occurredAt": "2026-02-01T09:00:00Z", "type": "page_view", "email": "not-an-email" }""", "application/json", 400 },
            { "POST", "/api/touchpoints", manyItems, "application/json", 400 },
            { "POST", "/api/touchpoints", huge, "application/json", 413 },
            { "POST", "/api/touchpoints", ValidTouchpoint, "text/plain", 415 },
            { "POST", "/api/crm/opportunities", """{ "opportunityId": "bad-e2e-opp", "amount": "lots" }""", "application/json", 400 },
            { "POST", "/api/crm/opportunities", """{ "opportunityId": "bad-e2e-opp", "amount": 10, "currency": "USD", "closeDate": "2026-06-30", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z" }""", "application/json", 400 },
            { "POST", "/api/people", $$"""{ "email": "{{Victim}}", "origin": "robot" }""", "application/json", 400 },
            { "POST", "/api/people", "[1]", "application/json", 400 },
            { "POST", "/api/people/not-an-email/actions", """{ "action": "accept" }""", "application/json", 400 },
            { "POST", $"/api/people/{Victim}/actions", """{ "action": "promote" }""", "application/json", 400 },
            { "POST", $"/api/people/{Victim}/actions", """{ "action": "qualify" }""", "application/json", 400 },
            { "POST", $"/api/people/{Victim}/actions", """{ "action": "accept" }""", "application/json", 404 },
            { "POST", "/api/forms/demo", "email=", "application/x-www-form-urlencoded", 400 },
            { "POST", "/api/forms/demo", $"email={Victim}&comment={new string('z', 70 * 1024)}", "application/x-www-form-urlencoded", 413 },
            { "POST", "/api/forms/demo", $"email={Victim}", "text/plain", 415 },
            { "POST", "/api/forms/demo", """{ "email": { "nested": true } }""", "application/json", 400 },
            { "POST", "/api/webhooks/segment", "{}", "application/json", 401 },
            { "GET", "/api/people/not-an-email", string.Empty, null, 400 },
            { "GET", $"/api/people/{Victim}", string.Empty, null, 404 },
            { "GET", "/api/opportunities/no-such-opportunity/attribution", string.Empty, null, 404 },
            { "GET", "/api/opportunities/no-such-opportunity/attribution?kind=profit", string.Empty, null, 400 },
            { "GET", "/api/reports/attribution?model=gut_feeling", string.Empty, null, 400 },
            { "GET", "/api/reports/attribution?groupBy=colour", string.Empty, null, 400 },
            { "GET", "/api/reports/attribution/compare?from=2026-13-01", string.Empty, null, 400 },
            { "GET", "/api/reports/sourcing?from=2026-06-01&to=2026-01-01", string.Empty, null, 400 },
            { "GET", "/api/reports/funnel?to=soon", string.Empty, null, 400 },
            { "GET", "/api/reports/waterfall/2026-Q5", string.Empty, null, 400 },
            { "GET", "/api/reports/waterfall/2026-Q1?format=xml", string.Empty, null, 400 },
            { "GET", "/api/reports/waterfall/2026-Q1/plan?endingTarget=-5", string.Empty, null, 400 },
            { "GET", "/api/snapshots/waterfall/1999-Q1", string.Empty, null, 404 },
            { "GET", "/api/snapshots/waterfall/last-quarter", string.Empty, null, 400 },
            { "POST", "/api/snapshots/waterfall/Q3", string.Empty, null, 400 },
        };
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_IsAnswered4xxProblemDetails_AndNothingIsQueued(string method, string path, string body, string? contentType, int status)
    {
        await host.DrainAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (contentType is not null)
            request.Content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        if (status == 400)
            Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
        var counts = await host.QueueCountsAsync();
        Assert.All(counts, c => Assert.Equal(0, c.Value));
        using var victim = await host.Client.GetAsync($"/api/people/{Victim}");
        Assert.Equal(HttpStatusCode.NotFound, victim.StatusCode);
    }

    [Fact]
    public async Task Request_WithoutTheKey_Is401()
    {
        using var response = await host.Anonymous.PostAsync("/api/touchpoints", new StringContent(ValidTouchpoint, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
