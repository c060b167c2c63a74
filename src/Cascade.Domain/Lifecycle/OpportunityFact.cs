using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Lifecycle;

/// <summary>An opportunity naming the person was opened, won or lost at an instant.</summary>
public sealed record OpportunityFact(string OpportunityId, OpportunityFactKind Kind, DateTimeOffset At)
{
    /// <summary>
    /// The facts one CRM state tells: opened at <c>createdAt</c>, and won or lost at <c>closedAt</c>
    /// (else at <c>updatedAt</c> when the CRM did not say when it closed).
    /// </summary>
    public static IReadOnlyList<OpportunityFact> Of(Opportunity opportunity)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var opened = new OpportunityFact(opportunity.OpportunityId, OpportunityFactKind.Opened, opportunity.CreatedAt);
        var closedAt = opportunity.ClosedAt ?? opportunity.UpdatedAt;
        return opportunity.Status switch
        {
            OpportunityStatus.Won => [opened, new(opportunity.OpportunityId, OpportunityFactKind.Won, closedAt)],
            OpportunityStatus.Lost => [opened, new(opportunity.OpportunityId, OpportunityFactKind.Lost, closedAt)],
            _ => [opened],
        };
    }
}
