using System.Net.Http.Json;
using System.Text.Json;
using Cascade.LocalRuntime;
using Cascade.Testing.Scenarios;
using Microsoft.AspNetCore.Builder;

namespace Cascade.Dashboard.Tests.Infrastructure;

/// <summary>
/// One local runtime over its own Azurite for the whole collection, seeded with scenario A through the HTTP
/// API (touchpoints, then the CRM's opportunity states in arrival order) and drained: every queue empty.
/// </summary>
public sealed class SeededRuntime : IAsyncLifetime
{
    public const string ApiKey = "dashboard-test-key";
    public const string Currency = "EUR";

    /// <summary>Spend on some of scenario A's channels, in months of its sourcing window, for the ROI section.</summary>
    public const string SpendCsv = "month,channel,campaign,amount,currency\n2025-10,paid_search,,12000.00,EUR\n2026-01,paid_social,,8000.50,EUR\n"
        + "2026-04,webinar,,3000.00,EUR\n2026-05,event,summit,15000.00,EUR\n2026-05,paid_search,brand,999.99,EUR\n";

    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(3);

    private OwnAzurite? storage;
    private WebApplication? runtime;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client that sends the function key on every request.</summary>
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        storage = await OwnAzurite.StartAsync();
        var options = new LocalRuntimeOptions { Port = 0, SettingsFile = null };
        options.Settings["AzureWebJobsStorage"] = storage.ConnectionString;
        options.Settings["Cascade:ApiKey"] = ApiKey;
        options.Settings["Cascade:Currency"] = Currency;
        // Empty queues are polled often, so the pipeline drains as soon as the work is done.
        options.Settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.250";
        options.Settings["AzureFunctionsJobHost:logging:logLevel:default"] = "Warning";
        runtime = LocalRuntimeHost.Create(options);
        await runtime.StartAsync();
        BaseAddress = new Uri(runtime.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        Client.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (runtime is not null)
            await runtime.DisposeAsync();
        if (storage is not null)
            await storage.DisposeAsync();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private async Task SeedAsync()
    {
        using (var touchpoints = await Client.PostAsJsonAsync("/api/touchpoints", Scenario.A.TouchpointBodies))
            touchpoints.EnsureSuccessStatusCode();
        using (var opportunities = await Client.PostAsJsonAsync("/api/crm/opportunities", Scenario.A.OpportunityBodies))
            opportunities.EnsureSuccessStatusCode();
        using (var spend = await Client.PostAsync("/api/spend", new StringContent(SpendCsv, System.Text.Encoding.UTF8, "text/csv")))
            spend.EnsureSuccessStatusCode();

        // Each handler queues the next step before its own message goes, so all queues empty means done.
        await Eventually.GetAsync(
            () => GetJsonAsync("/api/status/queues"),
            status => status.EnumerateObject().All(q => q.Value.GetProperty("approximateMessages").GetInt32() == 0),
            "every queue to drain",
            DrainLimit);
    }
}
