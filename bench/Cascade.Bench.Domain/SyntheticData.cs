using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Bench.Domain;

/// <summary>Reproducible synthetic journeys and CRM histories, shaped like a mid-size B2B workspace.</summary>
internal static class SyntheticData
{
    private static readonly string[] ChannelNames =
        ["paid_search", "paid_social", "email", "organic_search", "direct", "referral", "webinar", "event", "sales_outreach"];

    private static readonly string[] Types =
        ["page_view", "email_open", "email_click", "ad_click", "content_download", "webinar_attended", "form_fill", "sales_call"];

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Opportunities whose journeys have <paramref name="touches"/> touches each, with LC and MQ marked.</summary>
    public static IReadOnlyList<Journey> Journeys(int opportunities, int touches, int seed)
    {
        var random = new Random(seed);
        var journeys = new List<Journey>(opportunities);
        for (var o = 0; o < opportunities; o++)
        {
            var email = EmailAddress.Parse($"p{o}@account-{o}.example");
            var created = Epoch.AddDays(random.Next(0, 365));
            var list = new Touchpoint[touches];
            for (var t = 0; t < touches; t++)
            {
                var type = Types[random.Next(Types.Length)];
                list[t] = Touchpoint.Create(
                    $"ev-{o}-{t}",
                    created.AddMinutes(-random.Next(1, 300 * 24 * 60)),
                    type,
                    t % 3 == 0 ? null : email,
                    anonymousId: $"anon-{o}",
                    channel: ChannelNames[random.Next(ChannelNames.Length)]);
            }

            var opportunity = new Opportunity
            {
                OpportunityId = $"opp-{o}",
                AccountDomain = $"account-{o}.example",
                ContactEmails = [email],
                Amount = random.Next(5, 500) * 1000m,
                CloseDate = DateOnly.FromDateTime(created.AddDays(90).UtcDateTime),
                Status = OpportunityStatus.Open,
                CreatedAt = created,
                UpdatedAt = created,
            };
            var facts = LeadMilestoneFacts.Create([list[1].EventId], [list[touches / 2].EventId]);
            journeys.Add(Journey.Build(opportunity, AttributionKind.Pipeline, list, facts).Journey!);
        }

        return journeys;
    }

    /// <summary>Channel shares as the Markov model would give them, fitted on the journeys themselves.</summary>
    public static MarkovShares Shares(IEnumerable<Journey> journeys) =>
        MarkovChannelModel.Fit(journeys.Select(j => new ChannelPath(j.Touches.Select(t => t.Channel).ToList(), Converted: true)));

    /// <summary>
    /// At least <paramref name="states"/> CRM states: opportunities with up to <paramref name="updatesEach"/>
    /// states each (amount and close-date moves, one in ten updates a close).
    /// </summary>
    public static IReadOnlyList<Opportunity> CrmUpdates(int states, int updatesEach, int seed)
    {
        var random = new Random(seed);
        var updates = new List<Opportunity>(states + updatesEach);
        for (var o = 0; updates.Count < states; o++)
        {
            var created = Epoch.AddDays(random.Next(0, 540)).AddMinutes(random.Next(0, 1440));
            var state = new Opportunity
            {
                OpportunityId = $"opp-{o}",
                Amount = random.Next(5, 500) * 1000m,
                CloseDate = DateOnly.FromDateTime(created.AddDays(random.Next(30, 400)).UtcDateTime),
                Status = OpportunityStatus.Open,
                CreatedAt = created,
                UpdatedAt = created,
            };
            updates.Add(state);
            for (var u = 1; u < updatesEach && state.IsOpen; u++)
            {
                var at = state.UpdatedAt.AddDays(random.Next(1, 20));
                state = random.Next(20) switch
                {
                    0 => state with { Status = OpportunityStatus.Won, ClosedAt = at, UpdatedAt = at },
                    1 => state with { Status = OpportunityStatus.Lost, ClosedAt = at, UpdatedAt = at },
                    < 11 => state with { Amount = Math.Max(1000m, state.Amount + (random.Next(-20, 21) * 1000m)), UpdatedAt = at },
                    _ => state with { CloseDate = state.CloseDate.AddDays(random.Next(-60, 120)), UpdatedAt = at },
                };
                updates.Add(state);
            }
        }

        return updates;
    }
}
