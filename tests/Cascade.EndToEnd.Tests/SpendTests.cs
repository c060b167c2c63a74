using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>
/// Spend posted over HTTP (CSV and JSON) is read back to the cent, refused row by row with nothing stored, and
/// the ROI report over scenario A credits what the attribution report credits, with costs and ROI from that spend.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SpendTests(CascadeHost host)
{
    private const string Header = "month,channel,campaign,amount,currency\n";
    private const string Period = "from=2025-10-01&to=2026-10-01";

    [Fact]
    public async Task PostSpend_CsvThenJson_IsReadBackAndReportedAsRoi()
    {
        var csv = Header + "2025-10,paid_search,,1000.00,EUR\n2025-11,paid_search,brand,333.33,EUR\n2026-01,event,\"Summit, Berlin\",12000.01,EUR\n";
        var first = await PostAsync(csv, "text/csv");
        var replay = await PostAsync(csv, "text/csv");
        var json = await host.Client.PostAsJsonAsync("/api/spend", new[]
        {
            new { month = "2026-02", channel = "webinar", campaign = (string?)null, amount = 0.01m, currency = "EUR" },
        });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(3, (await JsonAsync(first)).GetProperty("cells").GetInt32());

        var spend = await GetJsonAsync($"/api/spend?{Period}");
        Assert.Equal(13333.35m, spend.GetProperty("total").GetDecimal());
        Assert.Equal(4, spend.GetProperty("rows").GetArrayLength());

        foreach (var model in new[] { "linear", "w_shaped", "markov" })
        {
            var query = $"model={model}&kind=pipeline&groupBy=channel&{Period}";
            var roi = await GetJsonAsync($"/api/reports/roi?{query}");
            var attribution = await GetJsonAsync($"/api/reports/attribution?{query}");

            Assert.Equal(attribution.GetProperty("total").GetProperty("amount").GetDecimal(), roi.GetProperty("total").GetProperty("amount").GetDecimal());
            Assert.Equal(13333.35m, roi.GetProperty("total").GetProperty("spend").GetDecimal());
            var rows = roi.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
            foreach (var row in attribution.GetProperty("rows").EnumerateArray())
            {
                var mine = rows[row.GetProperty("key").GetString()!];
                Assert.Equal(row.GetProperty("amount").GetDecimal(), mine.GetProperty("amount").GetDecimal());
                Assert.Equal(row.GetProperty("opportunities").GetDouble(), mine.GetProperty("opportunities").GetDouble());
            }

            var search = rows["paid_search"];
            Assert.Equal(1333.33m, search.GetProperty("spend").GetDecimal());
            var amount = search.GetProperty("amount").GetDecimal();
            Assert.Equal(decimal.Round(amount / 1333.33m, 4, MidpointRounding.ToEven), search.GetProperty("roi").GetDecimal());
            var leads = search.GetProperty("leads").GetInt32();
            Assert.Equal(
                leads == 0 ? JsonValueKind.Null : JsonValueKind.Number,
                search.GetProperty("costPerLead").ValueKind);
            if (leads > 0)
                Assert.Equal(decimal.Round(1333.33m / leads, 2, MidpointRounding.ToEven), search.GetProperty("costPerLead").GetDecimal());
        }

        var report = await host.Client.GetAsync($"/api/reports/roi?groupBy=campaign&{Period}&format=csv");
        var text = await report.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", report.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("key,spend,leads,mqls,opportunities,amount,costPerLead,costPerMql,costPerOpportunity,roi\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Summit, Berlin\",12000.01,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n(total),13333.35,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("month,channel,amount,currency\n2024-01,email,1,EUR\n", "line 1")]
    [InlineData(Header + "2024-01,email,,1,EUR\n2024-13,email,,1,EUR\n", "line 3.month")]
    [InlineData(Header + "2024-01,email,,-1.00,EUR\n", "line 2.amount")]
    [InlineData(Header + "2024-01,email,,1,EUR\n2024-02,email,,1,USD\n", "line 3.currency")]
    public async Task PostSpend_BadCsv_Is400WithTheLineAndStoresNothing(string csv, string error)
    {
        var response = await PostAsync(csv, "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(error, out _), $"no error for {error}: {errors}");
        Assert.Equal(0, (await GetJsonAsync("/api/spend?from=2024-01-01&to=2025-01-01")).GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task PostSpend_5001Rows_Is400AtLine5002AndStoresNothing()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < 5001; i++)
            csv.Append("2024-06,email,c").Append(i.ToString(CultureInfo.InvariantCulture)).Append(",1.00,EUR\n");

        var response = await PostAsync(csv.ToString(), "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("line 5002", out _));
        Assert.Equal(0, (await GetJsonAsync("/api/spend?from=2024-06-01&to=2024-07-01")).GetProperty("rows").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/reports/roi?from=2026-01-15&to=2026-04-01")]
    [InlineData("/api/reports/roi?groupBy=origin")]
    [InlineData("/api/reports/roi?model=gut_feeling")]
    [InlineData("/api/spend?to=2026-04-02")]
    public async Task Get_BadParameter_Is400(string route)
    {
        var response = await host.Client.GetAsync(route);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostSpend_PlainText_Is415()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(Header, "text/plain")).StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string body, string mediaType) =>
        host.Client.PostAsync("/api/spend", new StringContent(body, Encoding.UTF8, mediaType));

    private async Task<JsonElement> GetJsonAsync(string route)
    {
        var response = await host.Client.GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
}
