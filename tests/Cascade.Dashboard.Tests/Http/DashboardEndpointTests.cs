using System.Net;
using System.Xml.Linq;
using Cascade.Dashboard.Tests.Infrastructure;

namespace Cascade.Dashboard.Tests.Http;

[Collection(DashboardCollection.Name)]
public sealed class DashboardEndpointTests(SeededRuntime runtime)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task GetDashboard_WithoutKey_Is401()
    {
        using var anonymous = new HttpClient { BaseAddress = runtime.BaseAddress };

        using var response = await anonymous.GetAsync("/api/dashboard");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetDashboard_KeyAsCode_IsOneSelfContainedPage()
    {
        using var anonymous = new HttpClient { BaseAddress = runtime.BaseAddress };

        using var response = await anonymous.GetAsync($"/api/dashboard?code={SeededRuntime.ApiKey}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta name=\"cascade-currency\" content=\"EUR\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", string.Join(' ', response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("2026-Q1")]
    [InlineData("2026-Q2")]
    public async Task GetWaterfall_FormatSvg_IsTheChartOfTheJsonFigures(string quarter)
    {
        var json = await runtime.GetJsonAsync($"/api/reports/waterfall/{quarter}");

        using var response = await runtime.Client.GetAsync($"/api/reports/waterfall/{quarter}?format=svg");
        var chart = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(quarter, (string?)chart.Root!.Attribute("data-quarter"));
        var labels = chart.Descendants(Svg + "text").Where(t => t.Attribute("data-element") is not null)
            .ToDictionary(t => (string)t.Attribute("data-element")!, t => t.Value);
        Assert.Equal(MoneyText.Amount(json.GetProperty("starting").GetDecimal()), labels["starting"]);
        Assert.Equal(MoneyText.Amount(json.GetProperty("ending").GetDecimal()), labels["ending"]);
    }

    [Fact]
    public async Task GetWaterfall_AcceptSvg_IsTheChart()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports/waterfall/2026-Q1");
        request.Headers.Accept.ParseAdd("image/svg+xml");

        using var response = await runtime.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Svg + "svg", XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Name);
    }

    [Fact]
    public async Task GetWaterfall_AcceptSvgBadQuarter_IsProblemDetails()
    {
        using var response = await runtime.Client.GetAsync("/api/reports/waterfall/2026-Q9?format=svg");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
