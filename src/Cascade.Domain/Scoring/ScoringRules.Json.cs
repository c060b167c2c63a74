using System.Collections.ObjectModel;
using System.Text.Json;

namespace Cascade.Domain.Scoring;

/// <summary>Reading the rules from the workspace's JSON configuration.</summary>
public sealed partial record ScoringRules
{
    /// <summary>
    /// The defaults with what <paramref name="json"/> names laid over them. Scalars (camelCase property
    /// names as in this type) replace; <c>behaviouralPoints</c> is merged per type; <c>titleRules</c>
    /// (<c>[{name, keywords, points}]</c>), <c>companySizeBands</c> (<c>[{minSize, points}]</c>) and
    /// <c>idealCustomerIndustries</c> replace the whole list. Unknown properties are ignored.
    /// A malformed document is a configuration bug and throws.
    /// </summary>
    /// <exception cref="JsonException">The text is not JSON or a value has the wrong kind.</exception>
    /// <exception cref="FormatException">A value is out of range (half-life ≤ 0, negative cap).</exception>
    public static ScoringRules FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("Scoring rules must be a JSON object.");
        }

        var d = Default;
        var rules = d with
        {
            MqlThreshold = Number(root, "mqlThreshold") ?? d.MqlThreshold,
            ScoreHalfLifeDays = Number(root, "scoreHalfLifeDays") ?? d.ScoreHalfLifeDays,
            PageViewDailyCap = Number(root, "pageViewDailyCap") ?? d.PageViewDailyCap,
            PricingPageFragment = Text(root, "pricingPageFragment") ?? d.PricingPageFragment,
            PricingPagePoints = Number(root, "pricingPagePoints") ?? d.PricingPagePoints,
            IdealCustomerPoints = Number(root, "idealCustomerPoints") ?? d.IdealCustomerPoints,
            FreeMailPoints = Number(root, "freeMailPoints") ?? d.FreeMailPoints,
            BehaviouralPoints = MergeBehaviour(root, d.BehaviouralPoints),
            TitleRules = List(root, "titleRules", e => new TitleRule(
                e.GetProperty("name").GetString()!,
                e.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!).ToArray(),
                e.GetProperty("points").GetDouble())) ?? d.TitleRules,
            CompanySizeBands = List(root, "companySizeBands", e => new CompanySizeBand(
                e.GetProperty("minSize").GetInt32(), e.GetProperty("points").GetDouble())) ?? d.CompanySizeBands,
            IdealCustomerIndustries = List(root, "idealCustomerIndustries", e => e.GetString()!) ?? d.IdealCustomerIndustries,
        };

        if (rules.ScoreHalfLifeDays <= 0 || rules.PageViewDailyCap < 0)
        {
            throw new FormatException("scoreHalfLifeDays must be > 0 and pageViewDailyCap ≥ 0.");
        }

        return rules;
    }

    private static double? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetDouble() : null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;

    private static T[]? List<T>(JsonElement root, string name, Func<JsonElement, T> read) =>
        root.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.EnumerateArray().Select(read).ToArray() : null;

    private static ReadOnlyDictionary<string, double> MergeBehaviour(JsonElement root, IReadOnlyDictionary<string, double> defaults)
    {
        var merged = new Dictionary<string, double>(defaults, StringComparer.Ordinal);
        if (root.TryGetProperty("behaviouralPoints", out var points) && points.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in points.EnumerateObject())
            {
                merged[p.Name.Trim().ToLowerInvariant()] = p.Value.GetDouble();
            }
        }

        return new ReadOnlyDictionary<string, double>(merged);
    }
}
