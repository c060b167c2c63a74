using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Touchpoints;

public sealed partial class TouchpointStore
{
    internal static TouchpointEntity ToEntity(Touchpoint t)
    {
        var journey = JourneyOf(t);
        var entity = new TouchpointEntity
        {
            PartitionKey = BucketOf(journey),
            RowKey = RowPrefixOf(journey) + TableKeys.Escape(t.EventId),
            EventId = TableLimits.CheckString(t.EventId, nameof(t.EventId))!,
            OccurredAt = t.OccurredAt,
            Type = t.Type,
            Channel = t.Channel,
            Origin = t.Origin == Origin.Sales ? "sales" : "marketing",
            Campaign = TableLimits.CheckString(t.Campaign, nameof(t.Campaign)),
            Content = TableLimits.CheckString(t.Content, nameof(t.Content)),
            UtmSource = t.Utm?.Source,
            UtmMedium = t.Utm?.Medium,
            UtmCampaign = t.Utm?.Campaign,
            UtmTerm = t.Utm?.Term,
            UtmContent = t.Utm?.Content,
            PageUrl = TableLimits.CheckString(t.PageUrl, nameof(t.PageUrl)),
            Referrer = TableLimits.CheckString(t.Referrer, nameof(t.Referrer)),
            AnonymousId = t.AnonymousId,
            Email = t.Email?.Value,
            AccountDomain = t.AccountDomain,
            Score = t.Score,
        };
        ProfileColumns.Write(entity, t.Profile);
        return entity;
    }

    internal static Touchpoint ToDomain(TouchpointEntity e) => new()
    {
        EventId = e.EventId,
        OccurredAt = e.OccurredAt.ToUniversalTime(),
        Type = e.Type,
        Channel = e.Channel,
        Origin = e.Origin == "sales" ? Origin.Sales : Origin.Marketing,
        Campaign = e.Campaign,
        Content = e.Content,
        Utm = e.UtmSource is null && e.UtmMedium is null && e.UtmCampaign is null && e.UtmTerm is null && e.UtmContent is null
            ? null
            : new Utm(e.UtmSource, e.UtmMedium, e.UtmCampaign, e.UtmTerm, e.UtmContent),
        PageUrl = e.PageUrl,
        Referrer = e.Referrer,
        AnonymousId = e.AnonymousId,
        Email = e.Email is null ? null : EmailAddress.Parse(e.Email),
        AccountDomain = e.AccountDomain,
        // A touch that observed no profile keeps none (null), as it arrived.
        Profile = ProfileColumns.Read(e) is var profile && profile == Profile.Empty ? null : profile,
        Score = e.Score,
    };
}
