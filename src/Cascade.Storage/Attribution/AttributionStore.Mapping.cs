using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.Attribution;

public sealed partial class AttributionStore
{
    private static AttributionSummaryEntity ToSummary(OpportunityAttribution a, OpportunityType? type, OpenInfluenceMark? openInfluence, DateTimeOffset computedAt) => new()
    {
        PartitionKey = PartitionOf(a.OpportunityId),
        RowKey = KindName(a.Kind),
        OpportunityId = a.OpportunityId,
        Kind = KindName(a.Kind),
        Amount = a.Amount.ToString(CultureInfo.InvariantCulture),
        Sourced = a.Sourced.ToString().ToLowerInvariant(),
        Influenced = a.Influenced,
        TouchCount = a.Journey.Count,
        CreatedAt = a.CreatedAt,
        End = a.Journey.End,
        ComputedAt = computedAt,
        OpportunityType = type?.ToName(),
        OpenInfluencedFrom = openInfluence?.From,
        OpenInfluenceCreatedAt = openInfluence?.CreatedAt,
        OpenInfluenceVersionAt = openInfluence?.VersionAt,
    };

    private static AttributionSummary ToSummary(AttributionSummaryEntity s) =>
        new(s.OpportunityId, TypeOf(s), s.OpenInfluencedFrom?.ToUniversalTime());

    private static OpportunityType? TypeOf(AttributionSummaryEntity s) =>
        OpportunityTypes.TryParse(s.OpportunityType, out var type) ? type : null;

    private static AttributionTouchEntity ToEntity(OpportunityAttribution a, int index)
    {
        var t = a.Journey.Touches[index];
        return new AttributionTouchEntity
        {
            PartitionKey = PartitionOf(a.OpportunityId),
            RowKey = TouchRow(KindName(a.Kind), index),
            EventId = t.EventId,
            OccurredAt = t.OccurredAt,
            Type = t.Type,
            Channel = t.Channel,
            Origin = t.Origin == Origin.Sales ? "sales" : "marketing",
            Campaign = t.Campaign,
            Milestones = (int)a.Journey.Milestones[index],
            Credits = JsonSerializer.Serialize(a.Models.Select(m => m.Credits[index])),
            Amounts = JsonSerializer.Serialize(a.Models.Select(m => m.Amounts[index])),
        };
    }

    /// <summary>The summary's result without its touches: enough for its instants and kind.</summary>
    internal static AttributionRecord RecordOf(AttributionSummaryEntity summary) => ToDomain(summary, []);

    private static AttributionRecord ToDomain(AttributionSummaryEntity s, IEnumerable<AttributionTouchEntity> touches) => new(
        s.OpportunityId,
        s.Kind == "revenue" ? AttributionKind.Revenue : AttributionKind.Pipeline,
        decimal.Parse(s.Amount, NumberStyles.Number, CultureInfo.InvariantCulture),
        Enum.Parse<Sourcing>(s.Sourced, ignoreCase: true),
        s.Influenced,
        s.CreatedAt.ToUniversalTime(),
        s.ComputedAt.ToUniversalTime(),
        touches.Select(t => new AttributedTouch(
            t.EventId,
            t.OccurredAt.ToUniversalTime(),
            t.Type,
            t.Channel,
            t.Origin == "sales" ? Origin.Sales : Origin.Marketing,
            t.Campaign,
            (Milestones)t.Milestones,
            JsonSerializer.Deserialize<double[]>(t.Credits) ?? [],
            JsonSerializer.Deserialize<decimal[]>(t.Amounts) ?? [])).ToList())
    {
        End = (s.End ?? s.CreatedAt).ToUniversalTime(),
        Type = TypeOf(s),
    };
}
