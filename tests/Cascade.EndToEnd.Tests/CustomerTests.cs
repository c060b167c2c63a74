using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>
/// A customer's life over HTTP, dated back from the real clock: a won account, an expansion deal, silence past 90 and
/// 180 days, a re-engaging touch, an NPS survey, a lost renewal, then a reactivation — each step read back from
/// <c>GET /api/accounts/{domain}</c>, and the customers report's figures moving by exactly this account's share.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class CustomerTests(CascadeHost host)
{
    private const string Domain = "loyal-e2e.example";
    private const string Bob = "bob@loyal-e2e.example";
    private const string Carol = "carol@loyal-e2e.example";

    [Fact]
    public async Task CustomerLife_FromFirstWinToChurnAndBack_IsReadBackOverHttp()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        DateTimeOffset Ago(int days) => now.AddDays(-days);
        var report = $"/api/reports/customers?from={Day(Ago(400))}&to={Day(now.AddDays(2))}";
        var before = await GetJsonAsync(report);

        // A won account and an expansion deal the CRM sends no type for; then silence.
        await PostAsync("/api/touchpoints", new[] { Touch("loyal-1", Ago(400), "form_fill", Bob) });
        await PostAsync("/api/crm/opportunities", new object[]
        {
            Deal("loyal-new", Ago(390), Ago(390), "open", 20_000m, Bob),
            Deal("loyal-new", Ago(390), Ago(380), "won", 20_000m, Bob),
            Deal("loyal-exp", Ago(370), Ago(370), "open", 5_000m, Bob),
            Deal("loyal-exp", Ago(370), Ago(360), "won", 5_000m, Bob),
        });
        await QueueDrain.DrainAsync(host.Client);

        var silent = await GetJsonAsync($"/api/accounts/{Domain}");
        Assert.Equal("inactive", silent.GetProperty("customerStatus").GetString());
        Assert.Equal(
            [("none", "active", Ago(380), "deal_won"), ("active", "at_risk", Ago(270), "silence"), ("at_risk", "inactive", Ago(180), "silence")],
            History(silent));
        Assert.Equal([("loyal-exp", "expansion", "won", 5_000m), ("loyal-new", "new_business", "won", 20_000m)], Opportunities(silent));
        Assert.Equal(25_000m, silent.GetProperty("lifetimeValue").GetDecimal());
        Assert.Equal(Ago(380), silent.GetProperty("firstWonAt").GetDateTimeOffset());

        // A re-engaging touch, and an NPS survey (a bad one is refused at the edge).
        var noScore = await host.Client.PostAsJsonAsync("/api/touchpoints", Touch("loyal-bad", Ago(5), "nps_response", Carol));
        Assert.Equal(HttpStatusCode.BadRequest, noScore.StatusCode);
        Assert.True((await noScore.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("score", out _));
        await PostAsync("/api/touchpoints", new object[] { Touch("loyal-2", Ago(10), "page_view", Carol), Touch("loyal-nps", Ago(5), "nps_response", Carol, score: 9) });
        await QueueDrain.DrainAsync(host.Client);

        var back = await GetJsonAsync($"/api/accounts/{Domain}");
        Assert.Equal(("active", Ago(10)), (back.GetProperty("customerStatus").GetString(), back.GetProperty("since").GetDateTimeOffset()));
        Assert.Equal(("inactive", "active", Ago(10), "activity"), History(back)[^1]);
        Assert.Equal(Ago(5), back.GetProperty("lastActivityAt").GetDateTimeOffset());
        Assert.Equal(
            [(Bob, "inactive"), (Carol, "active")],
            back.GetProperty("people").EnumerateArray().Select(p => (p.GetProperty("email").GetString(), p.GetProperty("customerStatus").GetString())));

        // A lost renewal churns the customer; only a reactivation (or a new win) brings it back.
        await PostAsync("/api/crm/opportunities", new object[]
        {
            Deal("loyal-ren", Ago(3), Ago(3), "open", 21_000m, Bob, "renewal"),
            Deal("loyal-ren", Ago(3), Ago(1), "lost", 21_000m, Bob, "renewal"),
        });
        await QueueDrain.DrainAsync(host.Client);

        var churned = await GetJsonAsync($"/api/accounts/{Domain}");
        Assert.Equal("churned", churned.GetProperty("customerStatus").GetString());
        var last = churned.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("renewal_lost", "loyal-ren"), (last.GetProperty("cause").GetProperty("action").GetString(), last.GetProperty("cause").GetProperty("opportunityId").GetString()));

        var after = await GetJsonAsync(report);
        Assert.Equal(Figure(before, "customers", "new") + 1, Figure(after, "customers", "new"));
        Assert.Equal(Figure(before, "customers", "churned") + 1, Figure(after, "customers", "churned"));
        Assert.Equal(Figure(before, "expansion", "pipeline") + 5_000m, Figure(after, "expansion", "pipeline"));
        Assert.Equal(Figure(before, "expansion", "won") + 5_000m, Figure(after, "expansion", "won"));
        Assert.Equal(Figure(before, "nps", "responses") + 1, Figure(after, "nps", "responses"));
        Assert.Equal(Figure(before, "nps", "promoters") + 1, Figure(after, "nps", "promoters"));
        var expansion = await GetJsonAsync($"/api/reports/attribution?kind=revenue&type=expansion&from={Day(Ago(400))}&to={Day(now.AddDays(2))}");
        Assert.True(expansion.GetProperty("total").GetProperty("amount").GetDecimal() >= 5_000m);
        var csv = await host.Client.GetAsync(report + "&format=csv");
        Assert.StartsWith("metric,value\r\n", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Explicit actions: reactivate, then a second reactivate is refused; bad input and unknown accounts are answered.
        var reactivate = await host.Client.PostAsJsonAsync($"/api/accounts/{Domain}/actions", new { action = "reactivate", reason = "signed again", by = "csm@vendor.example" });
        Assert.Equal(HttpStatusCode.OK, reactivate.StatusCode);
        var answer = await reactivate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("active", "churned"), (answer.GetProperty("customerStatus").GetString(), answer.GetProperty("previousStatus").GetString()));
        var again = await host.Client.PostAsJsonAsync($"/api/accounts/{Domain}/actions", new { action = "reactivate", reason = "twice" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync($"/api/accounts/{Domain}/actions", new { action = "pause", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsJsonAsync($"/api/accounts/{Domain}/actions", new[] { new { action = "churn", reason = "x" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.PostAsJsonAsync("/api/accounts/nobody-e2e.example/actions", new { action = "churn", reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/accounts/nobody-e2e.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/accounts/bad%20domain")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/reports/customers?from=yesterday")).StatusCode);

        var reactivated = await GetJsonAsync($"/api/accounts/{Domain}");
        Assert.Equal("active", reactivated.GetProperty("customerStatus").GetString());
        Assert.Equal(("churned", "active", "reactivate"), (History(reactivated)[^1].From, History(reactivated)[^1].To, History(reactivated)[^1].Action));
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Touch(string id, DateTimeOffset at, string type, string email, int? score = null) => score is null
        ? new { eventId = id, occurredAt = at, type, email, channel = "email" }
        : new { eventId = id, occurredAt = at, type, email, channel = "email", score };

    private static object Deal(string id, DateTimeOffset createdAt, DateTimeOffset updatedAt, string status, decimal amount, string contact, string? type = null) => new
    {
        opportunityId = id,
        name = id,
        accountDomain = Domain,
        contactEmails = new[] { contact },
        amount,
        stage = status == "open" ? "proposal" : "closed",
        closeDate = Day(createdAt.AddDays(60)),
        status,
        createdAt,
        closedAt = status == "open" ? (DateTimeOffset?)null : updatedAt,
        updatedAt,
        type,
    };

    private async Task PostAsync(string route, object body)
    {
        using var response = await host.Client.PostAsJsonAsync(route, body);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<JsonElement> GetJsonAsync(string route)
    {
        using var response = await host.Client.GetAsync(route);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static decimal Figure(JsonElement report, string group, string figure) => report.GetProperty(group).GetProperty(figure).GetDecimal();

    private static List<(string From, string To, DateTimeOffset At, string Action)> History(JsonElement account) =>
        account.GetProperty("history").EnumerateArray()
            .Select(h => (h.GetProperty("from").GetString()!, h.GetProperty("to").GetString()!, h.GetProperty("at").GetDateTimeOffset(), h.GetProperty("cause").GetProperty("action").GetString()!))
            .ToList();

    private static List<(string, string, string, decimal)> Opportunities(JsonElement account) =>
        account.GetProperty("opportunities").EnumerateArray()
            .Select(o => (o.GetProperty("opportunityId").GetString()!, o.GetProperty("type").GetString()!, o.GetProperty("status").GetString()!, o.GetProperty("amount").GetDecimal()))
            .ToList();
}
