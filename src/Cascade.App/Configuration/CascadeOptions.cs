using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Scoring;
using Cascade.Domain.Workspace;

namespace Cascade.App.Configuration;

/// <summary>
/// The workspace's settings, section <c>Cascade</c> (app settings <c>Cascade__Currency</c>, … in Azure and in
/// <c>local.settings.json</c>). Every setting has a default except the secrets.
/// </summary>
public sealed class CascadeOptions
{
    public const string Section = "Cascade";

    /// <summary>The workspace currency; payloads in another currency are refused.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>The function key the local runtime checks (in Azure the Functions host checks its own keys).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Scoring rules as a JSON document overriding the defaults of domain §4 (optional).</summary>
    public string? ScoringRules { get; set; }

    public int DormantAfterDays { get; set; } = 90;

    /// <summary>How far before creation an opportunity's journey reaches.</summary>
    public int LookbackDays { get; set; } = 365;

    /// <summary>First month of the fiscal year (1 = calendar quarters).</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    public FormsOptions Forms { get; set; } = new();

    /// <summary>The CRM's stages and their probabilities (<c>Cascade:Pipeline:…</c>).</summary>
    public PipelineOptions Pipeline { get; set; } = new();

    /// <summary>
    /// Prefix of every table and queue name (optional), so that several workspaces or test runs can share
    /// one storage account.
    /// </summary>
    public string? StoragePrefix { get; set; }

    /// <summary>
    /// The most items one queue message carries (default: as many as fit 64 KiB). Batching is what keeps
    /// queue and table transactions per touchpoint low; 1 reproduces the one-message-per-item design, which
    /// the load test measures as its baseline. Values below 1 count as 1.
    /// </summary>
    public int MaxItemsPerMessage { get; set; } = int.MaxValue;

    /// <summary>HMAC secrets of the webhook sources, by source name (<c>Cascade:WebhookSecrets:&lt;source&gt;</c>).</summary>
    public Dictionary<string, string> WebhookSecrets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The domain's settings these options describe.</summary>
    public WorkspaceSettings ToWorkspaceSettings() => new()
    {
        Leads = LeadSettings.Default with
        {
            Scoring = string.IsNullOrWhiteSpace(ScoringRules) ? Domain.Scoring.ScoringRules.Default : Domain.Scoring.ScoringRules.FromJson(ScoringRules),
            DormantAfterDays = DormantAfterDays,
        },
        Lookback = TimeSpan.FromDays(LookbackDays),
        Calendar = FiscalCalendar.StartingIn(FiscalYearStartMonth),
    };
}
