using Cascade.Domain.Touchpoints;

namespace Cascade.App.Reads;

/// <summary>A touch as the reads show it (person view, opportunity journey).</summary>
public sealed record TouchView(string EventId, DateTimeOffset OccurredAt, string Type, string Channel, string Origin, string? Campaign)
{
    public static TouchView Of(Touchpoint touch) =>
        new(touch.EventId, touch.OccurredAt, touch.Type, touch.Channel, WireNames.Of(touch.Origin), touch.Campaign);
}
