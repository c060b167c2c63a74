using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cascade.Testing.Scenarios;

namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Scenario A through the API: its touchpoints in shuffled batches of 40, each batch posted twice in a row (the
/// replay must be all duplicates), its CRM versions as webhooks deliver them — shuffled, dealt to
/// <see cref="CrmSenders"/> clients posting one version a request at the same time, then every sender's versions
/// replayed in one body each, again at once — the queues drained, Markov refitted, then every read the
/// expectations cover.
/// </summary>
public sealed class ScenarioARun
{
    public const int BatchSize = 40;
    public const int Seed = 20260101;
    public const int CrmSenders = 4;

    public List<(int Items, JsonElement First, JsonElement Replay)> TouchpointPosts { get; } = [];

    /// <summary>The 202 of every CRM version posted alone, by sender.</summary>
    public IReadOnlyList<IReadOnlyList<JsonElement>> OpportunityPosts { get; private set; } = [];

    /// <summary>The 202 of every sender's replay of all its versions.</summary>
    public IReadOnlyList<JsonElement> OpportunityReplays { get; private set; } = [];

    public Dictionary<string, JsonElement> Attribution { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonElement> Waterfalls { get; } = new(StringComparer.Ordinal);

    public JsonElement Sourcing { get; private set; }

    public static string AttributionKey(string kind, string opportunityId) => $"{kind}/{opportunityId}";

    public static async Task<ScenarioARun> RunAsync(CascadeHost host)
    {
        var scenario = Scenario.A;
        var run = new ScenarioARun();
        var bodies = scenario.TouchpointBodies.ToArray();
        new Random(Seed).Shuffle(bodies);
        foreach (var batch in bodies.Chunk(BatchSize))
        {
            var json = JsonSerializer.Serialize(batch);
            var first = await PostAsync(host.Client, "/api/touchpoints", json);
            var replay = await PostAsync(host.Client, "/api/touchpoints", json);
            run.TouchpointPosts.Add((batch.Length, first, replay));
        }

        var senders = scenario.OpportunityBodiesFromSenders(Seed, CrmSenders);
        run.OpportunityPosts = await Task.WhenAll(senders.Select(async versions =>
        {
            var answers = new List<JsonElement>();
            foreach (var version in versions)
                answers.Add(await PostAsync(host.Client, "/api/crm/opportunities", JsonSerializer.Serialize(version)));
            return (IReadOnlyList<JsonElement>)answers;
        }));
        run.OpportunityReplays = await Task.WhenAll(senders.Select(versions =>
            PostAsync(host.Client, "/api/crm/opportunities", JsonSerializer.Serialize(versions))));
        await host.DrainAsync();

        // Markov credits come from the latest fit (refit daily and by snapshots); an operator refit covers every journey now.
        using (var fit = await host.Client.PostAsync("/api/admin/markov/fit", null))
        {
            if (fit.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"POST /api/admin/markov/fit answered {(int)fit.StatusCode}: {await fit.Content.ReadAsStringAsync()}");
        }

        foreach (var kind in new[] { "pipeline", "revenue" })
        {
            foreach (var expected in scenario.Expected.GetProperty(kind).EnumerateObject())
            {
                run.Attribution[AttributionKey(kind, expected.Name)] =
                    await GetAsync(host.Client, $"/api/opportunities/{Uri.EscapeDataString(expected.Name)}/attribution?kind={kind}");
            }
        }

        foreach (var quarter in scenario.Quarters)
            run.Waterfalls[quarter] = await GetAsync(host.Client, $"/api/reports/waterfall/{quarter}");
        run.Sourcing = await GetAsync(host.Client,
            $"/api/reports/sourcing?from={Uri.EscapeDataString(scenario.SourcingFrom.ToString("O"))}&to={Uri.EscapeDataString(scenario.SourcingTo.ToString("O"))}");
        return run;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, string json)
    {
        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
