using Cascade.Domain.Funnel;
using Cascade.Domain.Identity;

namespace Cascade.Storage.LeadPeriods;

/// <summary>One person's funnel index write of a sweep: their lead, the mark their stored profile holds, and when it was evaluated.</summary>
public sealed record LeadPeriodWrite(EmailAddress Email, FunnelLead Lead, LeadPeriodMark? Previous, DateTimeOffset EvaluatedAt);
