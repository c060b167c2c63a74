using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Cascade.LocalRuntime;
using Microsoft.AspNetCore.Builder;

namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One Azurite and one local runtime serving Cascade.Functions on a free port, configured like a workspace:
/// a key, a webhook secret for Segment, an allowed origin and a form with a thank-you page.
/// </summary>
public sealed class CascadeHost : IAsyncLifetime
{
    public const string ApiKey = "e2e-function-key";
    public const string SegmentSecret = "e2e-segment-secret";
    public const string AllowedOrigin = "https://www.acme.example";
    public const string DemoForm = "demo";
    public const string ThankYouPage = "https://www.acme.example/thanks";

    private OwnAzurite? storage;
    private WebApplication? runtime;

    /// <summary>Sends the function key with every request.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Sends no key: what a browser or a webhook sender sends.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public QueueClient Queue(string name) =>
        new(storage!.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    /// <summary>The runtime's settings for end-to-end tests over <paramref name="connectionString"/>.</summary>
    public static LocalRuntimeOptions RuntimeOptions(string connectionString)
    {
        var options = new LocalRuntimeOptions { Port = 0, SettingsFile = null };
        options.Settings["AzureWebJobsStorage"] = connectionString;
        options.Settings["Cascade:ApiKey"] = ApiKey;
        options.Settings["Cascade:WebhookSecrets:segment"] = SegmentSecret;
        options.Settings["Cascade:Forms:AllowedOrigins"] = AllowedOrigin;
        options.Settings[$"Cascade:Forms:Definitions:{DemoForm}:type"] = "demo_request";
        options.Settings[$"Cascade:Forms:Definitions:{DemoForm}:redirectUrl"] = ThankYouPage;
        options.Settings["Cascade:Pipeline:StageProbabilities:qualification"] = "0.2";
        options.Settings["Cascade:Pipeline:StageProbabilities:proposal"] = "0.5";
        // Failed messages come back at once and empty queues are polled often, so draining and poisoning are quick.
        options.Settings["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00";
        options.Settings["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500";
        options.Settings["AzureFunctionsJobHost:logging:logLevel:default"] = "Warning";
        return options;
    }

    public async Task InitializeAsync()
    {
        storage = await OwnAzurite.StartAsync();
        var options = RuntimeOptions(storage.ConnectionString);
        runtime = LocalRuntimeHost.Create(options);
        await runtime.StartAsync();

        var address = new Uri(runtime.Urls.First());
        Client = new HttpClient { BaseAddress = address, DefaultRequestHeaders = { { "x-functions-key", ApiKey } } };
        Anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
        await Eventually.GetAsync(async () => (await Anonymous.GetAsync("/api/health")).IsSuccessStatusCode, ok => ok, "health");

        // Scenario A goes first, into empty storage, and its answers are read before any other test adds people
        // (the Markov model's shares depend on every journey of the workspace).
        ScenarioA = await ScenarioARun.RunAsync(this);
    }

    /// <summary>What posting scenario A answered, and every read of its expected figures once it was processed.</summary>
    public ScenarioARun ScenarioA { get; private set; } = null!;

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        Anonymous?.Dispose();
        if (runtime is not null)
            await runtime.DisposeAsync();
        if (storage is not null)
            await storage.DisposeAsync();
    }

    /// <summary>The approximate message counts of every queue and poison queue.</summary>
    public Task<Dictionary<string, int>> QueueCountsAsync() => QueueDrain.CountsAsync(Client);

    /// <inheritdoc cref="QueueDrain.DrainAsync"/>
    public Task DrainAsync() => QueueDrain.DrainAsync(Client);
}
