using Cascade.Domain.Attribution;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Funnel;

/// <summary>
/// What the funnel and the ROI report need of one person: every stage entry of their lifecycle history, the
/// touches that made them known (lead creation, LC) and MQL (MQ), and sales' answers to their MQL entries.
/// Computed by the person's evaluation and kept per period, so a report reads only its period's people.
/// </summary>
public sealed record FunnelLead(
    string PersonKey,
    IReadOnlyList<FunnelStageEntry> Entries,
    Touchpoint? LeadCreation,
    Touchpoint? Mql,
    IReadOnlyList<SalesResponse> Responses)
{
    /// <summary>The group of a person without a lead-creation touch (made known by an import, the CRM or sales).</summary>
    public const string NoLeadTouch = "(none)";

    /// <summary>
    /// From a lifecycle replay: <paramref name="knownBy"/> and <paramref name="mqlBy"/> are the replay's milestone
    /// touch ids, looked up in <paramref name="touches"/> (the person's journey).
    /// </summary>
    public static FunnelLead From(
        string personKey, IReadOnlyList<StageTransition> history, IReadOnlyList<Touchpoint> touches, string? knownBy, string? mqlBy)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(touches);
        return new FunnelLead(
            personKey,
            history.Select(t => new FunnelStageEntry(personKey, t.To, t.At)).ToList(),
            Find(touches, knownBy),
            Find(touches, mqlBy),
            SpeedToLead.Responses(history, touches));
    }

    /// <summary>Every instant by which a period finds this person: stage entries, LC and MQ touches.</summary>
    public IEnumerable<DateTimeOffset> Instants =>
        Entries.Select(e => e.EnteredAt)
            .Concat(new[] { LeadCreation?.OccurredAt, Mql?.OccurredAt }.OfType<DateTimeOffset>());

    /// <summary>The person's group under <paramref name="groupBy"/>: their lead-creation touch's channel or campaign.</summary>
    public string GroupOf(AttributionGroupBy groupBy) =>
        LeadCreation is { } touch ? AttributionReport.KeyOf(touch, groupBy) : NoLeadTouch;

    private static Touchpoint? Find(IReadOnlyList<Touchpoint> touches, string? eventId) =>
        eventId is null ? null : touches.FirstOrDefault(t => string.Equals(t.EventId, eventId, StringComparison.Ordinal));
}
