using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>Erasing a person on request (GDPR) over HTTP: gone from reads, and the deal re-attributed without them.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ErasureTests(CascadeHost host)
{
    private const string Erased = "eve@erasure-e2e.example";
    private const string Kept = "kim@erasure-e2e.example";

    [Fact]
    public async Task DeletePerson_Known_ErasesThemAndReattributesTheirDeal()
    {
        using var touches = await host.Client.PostAsJsonAsync("/api/touchpoints", new object[]
        {
            new { eventId = "erase-e2e-1", occurredAt = "2026-05-02T09:00:00Z", type = "page_view", anonymousId = "anon-erase-e2e", channel = "paid_search" },
            new { eventId = "erase-e2e-2", occurredAt = "2026-05-03T09:00:00Z", type = "form_fill", email = Erased, anonymousId = "anon-erase-e2e", channel = "email" },
            new { eventId = "erase-e2e-3", occurredAt = "2026-05-04T09:00:00Z", type = "sales_call", email = Kept },
        });
        using var deal = await host.Client.PostAsJsonAsync("/api/crm/opportunities", new
        {
            opportunityId = "opp-erase-e2e", accountDomain = "erasure-e2e.example", contactEmails = new[] { Erased, Kept }, amount = 30000,
            closeDate = "2026-09-30", status = "open", createdAt = "2026-05-10T00:00:00Z", updatedAt = "2026-05-10T00:00:00Z",
        });
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (touches.StatusCode, deal.StatusCode));
        await host.DrainAsync();
        Assert.Equal(3, await JourneyLengthAsync());

        using var erase = await host.Client.DeleteAsync($"/api/people/{Erased}");
        await host.DrainAsync();

        Assert.Equal(HttpStatusCode.Accepted, erase.StatusCode);
        var answer = await erase.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, answer.GetProperty("touchpointsRemoved").GetInt32());
        Assert.Contains(answer.GetProperty("reattributedOpportunities").EnumerateArray(), o => o.GetString() == "opp-erase-e2e");
        using var gone = await host.Client.GetAsync($"/api/people/{Erased}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var kept = await host.Client.GetAsync($"/api/people/{Kept}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(1, await JourneyLengthAsync());

        using var again = await host.Client.DeleteAsync($"/api/people/{Erased}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DeletePerson_NotAnEmail_Is400ProblemDetails()
    {
        using var response = await host.Client.DeleteAsync("/api/people/not-an-address");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<int> JourneyLengthAsync()
    {
        var attribution = await host.Client.GetFromJsonAsync<JsonElement>("/api/opportunities/opp-erase-e2e/attribution?kind=pipeline");
        return attribution.GetProperty("journey").GetArrayLength();
    }
}
