using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Lifecycle;

/// <summary>An opportunity naming the person was opened, won or lost at an instant (what the CRM tells the lifecycle).</summary>
public sealed record OpportunityFact(string OpportunityId, OpportunityFactKind Kind, DateTimeOffset At)
{
    /// <summary>
    /// What an opportunity's history means for one person it names (domain §3), from the instant it first names them
    /// (<see cref="OpportunityHistory.FirstNamed"/>): opened then when the deal is open at that instant (won then when it
    /// is already won; nothing when already lost), and afterwards every reopen (opened), win and loss of the deal.
    /// </summary>
    public static IReadOnlyList<OpportunityFact> For(OpportunityHistory history, EmailAddress person, string? personAccount)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.FirstNamed(person, personAccount) is not { } namedAt || history.StateAt(namedAt) is not { } state)
        {
            return [];
        }

        var facts = new List<OpportunityFact>();
        switch (state.Status)
        {
            case OpportunityStatus.Open:
                facts.Add(new OpportunityFact(history.OpportunityId, OpportunityFactKind.Opened, namedAt));
                break;
            case OpportunityStatus.Won:
                facts.Add(new OpportunityFact(history.OpportunityId, OpportunityFactKind.Won, namedAt));
                break;
        }

        foreach (var change in history.Timeline.Where(c => c.At > namedAt))
        {
            if (change.Kind.HasFlag(OpportunityChangeKind.Reopened))
            {
                facts.Add(new OpportunityFact(history.OpportunityId, OpportunityFactKind.Opened, change.At));
            }
            else if (change.Kind.HasFlag(OpportunityChangeKind.Won))
            {
                facts.Add(new OpportunityFact(history.OpportunityId, OpportunityFactKind.Won, change.At));
            }
            else if (change.Kind.HasFlag(OpportunityChangeKind.Lost))
            {
                facts.Add(new OpportunityFact(history.OpportunityId, OpportunityFactKind.Lost, change.At));
            }
        }

        return facts;
    }
}
