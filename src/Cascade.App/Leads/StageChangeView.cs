namespace Cascade.App.Leads;

/// <summary>One applied lifecycle transition; stages in their snake_case wire names.</summary>
public sealed record StageChangeView(string From, string To, DateTimeOffset At, TransitionCauseView Cause);
