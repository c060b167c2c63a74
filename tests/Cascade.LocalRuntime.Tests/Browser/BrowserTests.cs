using System.Text.Json;

namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>
/// The snippet in a real browser against the local runtime: a visitor from a LinkedIn ad reads two pages, requests a
/// demo through the form, and is known with the anonymous visits stitched into the journey.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserRuntimeFixture runtime)
{
    [BrowserFact]
    public async Task Flow_UtmVisit_PageViews_FormSubmit_KnownPersonWithTheStitchedJourney()
    {
        var seen = await BrowserScript.RunAsync("journey", runtime.BaseUrl);

        var cookie = seen.GetProperty("cookie");
        var visitor = cookie.GetProperty("value").GetString()!;
        Assert.True(Guid.TryParseExact(visitor, "D", out _), visitor);
        Assert.Equal("Lax", cookie.GetProperty("sameSite").GetString());
        Assert.Equal("/", cookie.GetProperty("path").GetString());
        Assert.InRange(cookie.GetProperty("expiresInDays").GetInt32(), 364, 366);
        Assert.All(seen.GetProperty("pageViewStatuses").EnumerateArray(), s => Assert.Equal(202, s.GetInt32()));
        var hidden = seen.GetProperty("hidden");
        Assert.Equal(visitor, hidden.GetProperty("anonymousId").GetString());
        Assert.Equal("linkedin", hidden.GetProperty("utm_source").GetString());
        Assert.Equal("abm-q4", hidden.GetProperty("utm_campaign").GetString());
        Assert.True(Guid.TryParse(hidden.GetProperty("submissionId").GetString(), out _));
        Assert.Contains(303, seen.GetProperty("formAnswers").EnumerateArray().Select(s => s.GetInt32()));
        Assert.EndsWith("/demo/thanks.html", seen.GetProperty("finalUrl").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(BrowserScript.OutputDirectory, "demo-landing.png")));

        // The landing, the pricing page and the form-page visit, all before the e-mail was known.
        var person = await Visitor.PersonAsync(runtime, seen.GetProperty("email").GetString()!,
            p => Visitor.Touches(p, "page_view").Count() >= 3 && Visitor.Touches(p, "demo_request").Any());
        Assert.Contains(visitor, person.GetProperty("anonymousIds").EnumerateArray().Select(a => a.GetString()));
        Assert.All(Visitor.Touches(person, "page_view").Concat(Visitor.Touches(person, "demo_request")), touch =>
        {
            Assert.Equal("paid_social", touch.GetProperty("channel").GetString());
            Assert.Equal("abm-q4", touch.GetProperty("campaign").GetString());
        });
        Assert.StartsWith("web:", Visitor.Touches(person, "page_view").First().GetProperty("eventId").GetString(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Visit_WithoutConsent_SendsNothingAndSetsNoCookie()
    {
        var seen = await BrowserScript.RunAsync("no-consent", runtime.BaseUrl);

        Assert.Equal(0, seen.GetProperty("collects").GetInt32());
        Assert.False(seen.GetProperty("tracked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("cookie").ValueKind);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("stored").ValueKind);
        Assert.False(seen.GetProperty("hidden").TryGetProperty("anonymousId", out _));
    }

    [BrowserFact]
    public async Task Events_OverTheVisitorsLimit_Are429()
    {
        var seen = await BrowserScript.RunAsync("rate-limit", runtime.BaseUrl);

        var statuses = seen.GetProperty("statuses").EnumerateArray().Select(s => s.GetInt32()).ToList();
        // The page view took one of the 60 a minute.
        Assert.All(statuses.Take(59), s => Assert.Equal(202, s));
        Assert.All(statuses.Skip(59), s => Assert.Equal(429, s));
    }
}
