using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Testing.Scenarios;

/// <summary>
/// A sample scenario of <c>../shared/samples</c>: its inputs as domain values, its raw JSON bodies (for
/// tests that go through the edge) and its expected answers as JSON.
/// </summary>
public sealed class Scenario
{
    private Scenario(JsonElement root)
    {
        Root = root;
        TouchpointBodies = root.GetProperty("touchpoints").EnumerateArray().ToList();
        OpportunityBodies = root.GetProperty("opportunityUpdates").EnumerateArray().ToList();
        Touchpoints = TouchpointBodies.Select(ToTouchpoint).ToList();
        OpportunityUpdates = OpportunityBodies.Select(ToOpportunity).ToList();
        Quarters = root.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()!).ToList();
        var window = root.GetProperty("sourcingWindow");
        SourcingFrom = window[0].GetDateTimeOffset();
        SourcingTo = window[1].GetDateTimeOffset();
        Expected = root.GetProperty("expected");
    }

    public static Scenario A { get; } = Load("scenario-a.json");

    public JsonElement Root { get; }
    public IReadOnlyList<JsonElement> TouchpointBodies { get; }
    public IReadOnlyList<JsonElement> OpportunityBodies { get; }
    public IReadOnlyList<Touchpoint> Touchpoints { get; }

    /// <summary>CRM versions in the sample's order; the last ones are stale (dated before their deal's creation).</summary>
    public IReadOnlyList<Opportunity> OpportunityUpdates { get; }

    public IReadOnlyList<string> Quarters { get; }
    public DateTimeOffset SourcingFrom { get; }
    public DateTimeOffset SourcingTo { get; }
    public JsonElement Expected { get; }

    /// <summary>A scenario of the shared samples folder, by file name.</summary>
    public static Scenario Load(string fileName) => LoadFrom(SharedFiles.Sample(fileName));

    /// <summary>A scenario file in the samples' format, by path.</summary>
    public static Scenario LoadFrom(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return new Scenario(doc.RootElement.Clone());
    }

    /// <summary>The touchpoints in a shuffled order, reproducible from <paramref name="seed"/>.</summary>
    public IReadOnlyList<Touchpoint> ShuffledTouchpoints(int seed)
    {
        var copy = Touchpoints.ToArray();
        new Random(seed).Shuffle(copy);
        return copy;
    }

    /// <summary>
    /// The CRM versions as the CRM's webhooks deliver them: shuffled (reproducible from <paramref name="seed"/>) and dealt
    /// round-robin to <paramref name="senders"/> senders that post at the same time. Domain values.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Opportunity>> OpportunityUpdatesFromSenders(int seed, int senders) =>
        Deal(OpportunityUpdates, seed, senders);

    /// <inheritdoc cref="OpportunityUpdatesFromSenders"/>
    /// <remarks>The same dealing as <see cref="OpportunityUpdatesFromSenders"/>, as the raw JSON bodies.</remarks>
    public IReadOnlyList<IReadOnlyList<JsonElement>> OpportunityBodiesFromSenders(int seed, int senders) =>
        Deal(OpportunityBodies, seed, senders);

    private static List<IReadOnlyList<T>> Deal<T>(IReadOnlyList<T> items, int seed, int senders)
    {
        var copy = items.ToArray();
        new Random(seed).Shuffle(copy);
        return Enumerable.Range(0, senders).Select(s => (IReadOnlyList<T>)copy.Where((_, i) => i % senders == s).ToList()).ToList();
    }

    private static Touchpoint ToTouchpoint(JsonElement t)
    {
        Utm? utm = t.TryGetProperty("utm", out var u)
            ? new Utm(Str(u, "source"), Str(u, "medium"), Str(u, "campaign"), Str(u, "term"), Str(u, "content"))
            : null;
        return Touchpoint.Create(
            eventId: t.GetProperty("eventId").GetString()!,
            occurredAt: t.GetProperty("occurredAt").GetDateTimeOffset(),
            type: t.GetProperty("type").GetString()!,
            email: Str(t, "email") is { } e ? EmailAddress.Parse(e) : null,
            anonymousId: Str(t, "anonymousId"),
            channel: Str(t, "channel"),
            origin: Str(t, "origin") is { } o ? Enum.Parse<Origin>(o, ignoreCase: true) : null,
            campaign: Str(t, "campaign"),
            content: Str(t, "content"),
            utm: utm,
            pageUrl: Str(t, "pageUrl"),
            referrer: Str(t, "referrer"),
            accountDomain: Str(t, "accountDomain"),
            profile: t.TryGetProperty("profile", out var p) ? ToProfile(p) : null);
    }

    private static Profile ToProfile(JsonElement p) => new()
    {
        FirstName = Str(p, "firstName"),
        LastName = Str(p, "lastName"),
        JobTitle = Str(p, "jobTitle"),
        Company = Str(p, "company"),
        Industry = Str(p, "industry"),
        CompanySize = p.TryGetProperty("companySize", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
        Country = Str(p, "country"),
        Phone = Str(p, "phone"),
    };

    private static Opportunity ToOpportunity(JsonElement o) => new()
    {
        OpportunityId = o.GetProperty("opportunityId").GetString()!,
        Name = Str(o, "name"),
        AccountDomain = AccountDomains.Normalize(Str(o, "accountDomain")),
        ContactEmails = o.TryGetProperty("contactEmails", out var c)
            ? c.EnumerateArray().Select(e => EmailAddress.Parse(e.GetString()!)).ToList()
            : [],
        Amount = o.GetProperty("amount").GetDecimal(),
        Stage = Str(o, "stage"),
        CloseDate = DateOnly.ParseExact(o.GetProperty("closeDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status = Enum.Parse<OpportunityStatus>(o.GetProperty("status").GetString()!, ignoreCase: true),
        CreatedAt = o.GetProperty("createdAt").GetDateTimeOffset(),
        ClosedAt = o.TryGetProperty("closedAt", out var closed) ? closed.GetDateTimeOffset() : null,
        UpdatedAt = o.GetProperty("updatedAt").GetDateTimeOffset(),
    };

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
