namespace Cascade.App.Attribution;

/// <summary>A touch of a journey with its milestones (<c>FT</c>, <c>LC</c>, <c>MQ</c>, <c>OC</c>, <c>CW</c>), in that order.</summary>
public sealed record JourneyTouchView(
    string EventId, DateTimeOffset OccurredAt, string Type, string Channel, string Origin, string? Campaign, IReadOnlyList<string> Milestones);
