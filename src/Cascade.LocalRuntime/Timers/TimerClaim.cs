using Azure;

namespace Cascade.LocalRuntime.Timers;

/// <summary>The answer to a claim: the outcome, the lease's ETag when acquired, the last occurrence recorded.</summary>
internal sealed record TimerClaim(TimerClaimOutcome Outcome, ETag ETag, DateTimeOffset? Last);
