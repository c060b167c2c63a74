namespace Cascade.App.Messages;

/// <summary>
/// A request to re-evaluate this person's lifecycle and score from the stored facts (see
/// <see cref="Leads.LeadEvaluationRequests"/>). <see cref="Since"/> is the earliest instant of the facts that caused it
/// (null: unknown), so that only the attributions those facts can change are recomputed.
/// </summary>
public sealed record LeadEvaluation(string Email, DateTimeOffset? Since = null);
