using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// Marketing's influence on open deals (api.md sourcing <c>openInfluenced</c>): the deals open just before an instant
/// with a marketing touch of their people after their (counted) creation and before that instant, counted with their
/// amount then.
/// </summary>
public static class OpenInfluence
{
    /// <param name="to">The instant (exclusive, as a period's end).</param>
    /// <param name="histories">Candidate histories (any superset of the deals open then).</param>
    /// <param name="touchesOf">The touches of a deal's people (its latest version's contacts and account people).</param>
    public static SourcingFigure At(DateTimeOffset to, IEnumerable<OpportunityHistory> histories, Func<string, IEnumerable<Touchpoint>> touchesOf)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(touchesOf);
        SourcingFigure figure = default;
        foreach (var history in OpenBefore(to, histories))
        {
            var created = history.Timeline[0].At;
            if (touchesOf(history.OpportunityId).Any(t => t.Origin == Origin.Marketing && t.OccurredAt > created && t.OccurredAt < to))
            {
                figure = figure.Add(history.StateBefore(to)!.Value.Amount);
            }
        }

        return figure;
    }

    /// <summary>The histories open just before <paramref name="to"/>.</summary>
    public static IEnumerable<OpportunityHistory> OpenBefore(DateTimeOffset to, IEnumerable<OpportunityHistory> histories) =>
        histories.Where(h => h.StateBefore(to) is { IsOpen: true });
}
