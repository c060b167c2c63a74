using Cascade.App.Leads;

namespace Cascade.App.Customers;

/// <summary>One customer status change (<c>none</c> before the first win) and its cause, as a person's history shows a stage change.</summary>
public sealed record CustomerChangeView(string From, string To, DateTimeOffset At, TransitionCauseView Cause);
