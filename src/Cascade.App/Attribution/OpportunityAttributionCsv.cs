using Cascade.App.Reads;
using Cascade.App.Reports.Csv;

namespace Cascade.App.Attribution;

/// <summary>
/// An opportunity's attribution as one long table: a row per touch and model (journey order, then the models
/// in the order of domain §5), milestones joined by spaces.
/// </summary>
public static class OpportunityAttributionCsv
{
    public static string Render(OpportunityAttributionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("opportunityId", "eventId", "occurredAt", "type", "channel", "origin", "campaign", "milestones", "model", "credit", "amount");
        for (var i = 0; i < view.Journey.Count; i++)
        {
            var t = view.Journey[i];
            foreach (var (model, credits) in view.Models)
            {
                csv.Row(view.OpportunityId, t.EventId, t.OccurredAt, t.Type, t.Channel, t.Origin, t.Campaign, string.Join(' ', t.Milestones), model, credits[i].Credit, credits[i].Amount);
            }
        }

        return csv.ToString();
    }
}
