using System.Text.Json;
using Cascade.Domain.Funnel;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.LeadPeriods;

/// <summary>The stored form of a <see cref="FunnelLead"/>: stage entries, the LC and MQ touches (what reports group by) and sales' answers.</summary>
internal sealed record LeadPeriodDocument(
    IReadOnlyList<LeadPeriodDocument.Entry> Entries,
    LeadPeriodDocument.Touch? LeadCreation,
    LeadPeriodDocument.Touch? Mql,
    IReadOnlyList<LeadPeriodDocument.Response> Responses)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(FunnelLead lead) => JsonSerializer.Serialize(
        new LeadPeriodDocument(
            lead.Entries.Select(e => new Entry(e.Stage.ToName(), e.EnteredAt)).ToList(),
            TouchOf(lead.LeadCreation),
            TouchOf(lead.Mql),
            lead.Responses.Select(r => new Response(r.MqlAt, r.RespondedAt)).ToList()),
        Json);

    public static FunnelLead Deserialize(string personKey, string json)
    {
        var d = JsonSerializer.Deserialize<LeadPeriodDocument>(json, Json)
            ?? throw new InvalidOperationException($"The stored funnel facts of '{personKey}' are empty.");
        return new FunnelLead(
            personKey,
            d.Entries.Select(e => new FunnelStageEntry(personKey, People.PersonStore.StageOf(e.Stage), e.At.ToUniversalTime())).ToList(),
            d.LeadCreation?.ToDomain(),
            d.Mql?.ToDomain(),
            d.Responses.Select(r => new SalesResponse(r.MqlAt.ToUniversalTime(), r.RespondedAt?.ToUniversalTime())).ToList());
    }

    private static Touch? TouchOf(Touchpoint? t) =>
        t is null ? null : new Touch(t.EventId, t.OccurredAt, t.Type, t.Channel, t.Origin == Origin.Sales ? "sales" : "marketing", t.Campaign);

    internal sealed record Entry(string Stage, DateTimeOffset At);

    internal sealed record Response(DateTimeOffset MqlAt, DateTimeOffset? RespondedAt);

    /// <summary>The fields of a touch that a report groups or counts by.</summary>
    internal sealed record Touch(string EventId, DateTimeOffset OccurredAt, string Type, string Channel, string Origin, string? Campaign)
    {
        public Touchpoint ToDomain() => new()
        {
            EventId = EventId,
            OccurredAt = OccurredAt.ToUniversalTime(),
            Type = Type,
            Channel = Channel,
            Origin = Origin == "sales" ? Domain.Touchpoints.Origin.Sales : Domain.Touchpoints.Origin.Marketing,
            Campaign = Campaign,
        };
    }
}
