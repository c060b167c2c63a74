namespace Cascade.App.Reports.Pipeline;

/// <summary>
/// One stalled or overdue deal; <see cref="LastMarketingTouchAt"/> is the latest marketing touch of its people (contacts
/// and account people) up to the report's instant, null when none.
/// </summary>
public sealed record StuckDealView(
    string OpportunityId,
    string? Name,
    string? Stage,
    decimal Amount,
    DateOnly CloseDate,
    int DaysSinceChange,
    bool Overdue,
    DateTimeOffset? LastMarketingTouchAt);
