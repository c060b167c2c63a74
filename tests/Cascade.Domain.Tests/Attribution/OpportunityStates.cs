using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Attribution;

/// <summary>
/// The first and latest state of an opportunity from CRM updates in arrival order: an update whose
/// <c>updatedAt</c> is not newer than the stored one is ignored; the first state stands for creation.
/// </summary>
internal sealed record OpportunityStates(Opportunity First, Opportunity Latest)
{
    public static IReadOnlyList<OpportunityStates> Replay(IEnumerable<Opportunity> updates)
    {
        var states = new Dictionary<string, OpportunityStates>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var update in updates)
        {
            if (!states.TryGetValue(update.OpportunityId, out var current))
            {
                states[update.OpportunityId] = new OpportunityStates(update, update);
                order.Add(update.OpportunityId);
            }
            else if (update.UpdatedAt > current.Latest.UpdatedAt)
            {
                states[update.OpportunityId] = current with { Latest = update };
            }
        }

        return order.Select(id => states[id]).ToList();
    }
}
