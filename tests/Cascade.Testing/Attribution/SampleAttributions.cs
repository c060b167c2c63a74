using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Testing.Attribution;

/// <summary>
/// Pipeline attributions to store in the attribution storage tests: one contact's <c>touches</c> in the hours before the
/// deal's creation (<c>t0000</c>, <c>t0001</c>, …), page views and sales calls in turn over three campaigns, the first
/// the lead creation and the second the MQL.
/// </summary>
public static class SampleAttributions
{
    public static readonly EmailAddress Contact = EmailAddress.Parse("ana@acme.io");

    public static OpportunityAttribution Pipeline(string opportunityId, DateTimeOffset created, int touches) =>
        Compute(opportunityId, created, touches, AttributionKind.Pipeline);

    /// <summary>The revenue attribution of the same deal, won a month after its creation.</summary>
    public static OpportunityAttribution Revenue(string opportunityId, DateTimeOffset created, int touches) =>
        Compute(opportunityId, created, touches, AttributionKind.Revenue);

    private static OpportunityAttribution Compute(string opportunityId, DateTimeOffset created, int touches, AttributionKind kind)
    {
        var won = kind == AttributionKind.Revenue;
        var opportunity = new Opportunity
        {
            OpportunityId = opportunityId,
            Amount = 10_000.01m,
            CloseDate = DateOnly.FromDateTime(created.AddMonths(won ? 1 : 3).UtcDateTime),
            Status = won ? OpportunityStatus.Won : OpportunityStatus.Open,
            CreatedAt = created,
            ClosedAt = won ? created.AddMonths(1) : null,
            UpdatedAt = won ? created.AddMonths(1) : created,
            ContactEmails = [Contact],
        };
        var journey = Enumerable.Range(0, touches)
            .Select(i => Touchpoint.Create($"t{i:D4}", created.AddHours(-touches + i), i % 2 == 0 ? "page_view" : "sales_call", Contact, campaign: "c" + (i % 3)))
            .ToList();
        var built = Journey.Build(opportunity, kind, journey, LeadMilestoneFacts.Create(["t0000"], ["t0001"]));
        return OpportunityAttribution.Compute(built.Journey!, opportunity.Amount, MarkovShares.Empty);
    }
}
