using Cascade.Domain.Attribution;
using Cascade.Domain.Attribution.Models;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Attribution;

namespace Cascade.App.Attribution;

/// <summary>
/// A stored attribution as the domain's value again, the one rule the keyed read and the period reports share: nine
/// models as stored, Markov credited at read time from the stored journey's channels and the latest fit's shares
/// (domain §5: a refit changes every journey's Markov credits at once); without a fit, Markov as stored.
/// </summary>
internal static class StoredAttributions
{
    public static OpportunityAttribution Restore(AttributionRecord record, MarkovShares? shares, TimeSpan lookback)
    {
        var touches = record.Touches.Select(t => new Touchpoint
        {
            EventId = t.EventId,
            OccurredAt = t.OccurredAt,
            Type = t.Type,
            Channel = t.Channel,
            Origin = t.Origin,
            Campaign = t.Campaign,
        }).ToList();
        var journey = Journey.Restore(
            record.OpportunityId, record.Kind, record.CreatedAt, record.End, record.CreatedAt - lookback, touches, record.Touches.Select(t => t.Milestones).ToList());

        var models = AttributionModels.All.Select(model =>
        {
            if (model == AttributionModel.Markov && shares is not null)
            {
                var credits = MarkovModel.Credits(touches.Select(t => t.Channel).ToList(), shares);
                return new ModelAttribution(model, credits, MoneySplit.Split(record.Amount, credits));
            }

            return new ModelAttribution(model, record.Touches.Select(t => t.CreditOf(model)).ToList(), record.Touches.Select(t => t.AmountOf(model)).ToList());
        }).ToList();
        return OpportunityAttribution.Restore(journey, record.Amount, record.Sourced, record.Influenced, models);
    }
}
