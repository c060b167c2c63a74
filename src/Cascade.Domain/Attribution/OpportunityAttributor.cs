using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Attribution;

/// <summary>Scope, journey and credits of one opportunity, from the touchpoint index.</summary>
public static class OpportunityAttributor
{
    /// <summary>
    /// Attributes <paramref name="amount"/> of <paramref name="opportunity"/> (its latest state: contacts,
    /// account, status and instants are read from it).
    /// </summary>
    public static AttributionOutcome Attribute(
        Opportunity opportunity, decimal amount, AttributionKind kind, TouchpointIndex index, LeadMilestoneFacts facts,
        MarkovShares shares, TimeSpan? lookback = null)
    {
        var result = Journey.Build(opportunity, kind, index.ScopeOf(opportunity), facts, lookback);
        return result.Journey is { } journey
            ? AttributionOutcome.Attributed(OpportunityAttribution.Compute(journey, amount, shares))
            : AttributionOutcome.Refused(result.Refusal!);
    }

    /// <summary>
    /// Attributes the opportunity of <paramref name="history"/> with the amount of <see cref="AmountFor"/>; revenue
    /// of an opportunity not won is refused.
    /// </summary>
    /// <exception cref="ArgumentException">The history holds no state (a caller bug: histories come from states).</exception>
    public static AttributionOutcome Attribute(
        OpportunityHistory history, AttributionKind kind, TouchpointIndex index, LeadMilestoneFacts facts, MarkovShares shares,
        TimeSpan? lookback = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history is not { Created: { } created, Current: { } current })
        {
            throw new ArgumentException($"The history of '{history.OpportunityId}' holds no state.", nameof(history));
        }

        return Attribute(current, AmountFor(kind, created, current), kind, index, facts, shares, lookback);
    }

    /// <summary>
    /// The amount credited: for pipeline the amount at creation (the first state received, which stands for
    /// the creation), for revenue the won amount (the latest state, after ignoring stale updates).
    /// </summary>
    public static decimal AmountFor(AttributionKind kind, Opportunity firstState, Opportunity latestState) =>
        kind == AttributionKind.Pipeline ? firstState.Amount : latestState.Amount;
}
