using System.Globalization;
using System.Text.Json.Nodes;

namespace Cascade.Bench.Load;

/// <summary>
/// Reproducible synthetic data (fixed seed): people spread over accounts, anonymous visitors of whom half are later
/// identified, touchpoints of every common type, and opportunities with an update history.
/// </summary>
/// <remarks>
/// Two shapes. Dense (the default): a third of the touches anonymous, seven seconds apart, so a small population
/// gets many touches each. Spread (<paramref name="spread"/>): 70 % of the touches identified, dated at random over
/// 300 days, so with two touches per person a burst names thousands of people, as a webinar import, a CRM backfill
/// or a site's page views do.
/// </remarks>
public sealed class SyntheticWorkload(int people, bool spread = false, int seed = 20260101)
{
    private static readonly string[] Types = ["page_view", "email_open", "email_click", "content_download", "webinar_attended", "form_fill", "ad_click", "chat"];
    private static readonly string[] Channels = ["organic_search", "paid_search", "email", "paid_social", "webinar", "referral", "direct"];
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private const int SpreadDays = 300;
    private readonly Random random = new(seed);
    private readonly string run = Guid.NewGuid().ToString("N")[..8];
    private long next;

    public int Accounts => Math.Max(1, people / 5);

    /// <summary>The next touchpoint: a known person's, or an anonymous visitor's (a third), sometimes both at once.</summary>
    public JsonObject NextTouchpoint()
    {
        var n = Interlocked.Increment(ref next);
        int person, kind;
        long offsetSeconds;
        lock (random)
        {
            person = random.Next(people);
            // Dense: kinds 0–1 of 6 anonymous (a third); spread: 0–1 of 6 with a tenth of the rest (30 %).
            kind = spread ? (random.Next(10) < 3 ? 0 : 2 + random.Next(4)) : random.Next(6);
            offsetSeconds = spread ? random.NextInt64(SpreadDays * 86_400L) : n * 7;
        }

        var touch = new JsonObject
        {
            ["eventId"] = $"load-{run}-{n}",
            ["occurredAt"] = Start.AddSeconds(offsetSeconds).ToString("O", CultureInfo.InvariantCulture),
            ["type"] = Types[n % Types.Length],
            ["channel"] = Channels[n % Channels.Length],
            ["campaign"] = $"campaign-{n % 20}",
        };
        var anonymous = $"anon-{run}-{person}";
        if (kind < 2)
            touch["anonymousId"] = anonymous;
        else
            touch["email"] = Email(person);
        // Half of the visitors are identified: a touch that carries both stitches the cookie to the person.
        if (kind == 2 && person % 2 == 0)
            touch["anonymousId"] = anonymous;
        return touch;
    }

    public JsonArray Touchpoints(int count) => [.. Enumerable.Range(0, count).Select(_ => NextTouchpoint())];

    /// <summary>One opportunity per account, each sent as three CRM versions: created, amount changed, closed or moved.</summary>
    public JsonArray Opportunities()
    {
        var updates = new JsonArray();
        for (var a = 0; a < Accounts; a++)
        {
            var created = Start.AddDays(a % 30);
            for (var version = 0; version < 3; version++)
            {
                var closed = version == 2 && a % 3 != 0;
                updates.Add(new JsonObject
                {
                    ["opportunityId"] = $"opp-{run}-{a}",
                    ["name"] = $"deal {a}",
                    ["accountDomain"] = Domain(a),
                    ["contactEmails"] = new JsonArray(Email(a * 5)),
                    ["currency"] = "EUR",
                    ["stage"] = closed ? "closed" : version == 0 ? "discovery" : "proposal",
                    ["amount"] = 10_000 + (1_000 * a % 50_000) + (version * 5_000),
                    ["closeDate"] = created.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["status"] = closed ? (a % 3 == 1 ? "won" : "lost") : "open",
                    ["createdAt"] = created.ToString("O", CultureInfo.InvariantCulture),
                    ["closedAt"] = closed ? created.AddDays(60).ToString("O", CultureInfo.InvariantCulture) : null,
                    ["updatedAt"] = created.AddDays(version * 20).ToString("O", CultureInfo.InvariantCulture),
                });
            }
        }

        return updates;
    }

    private string Email(int person) => $"p{person}@{Domain(person / 5)}";

    private string Domain(int account) => $"acct{account}-{run}.example";
}
