using Cascade.Domain.Touchpoints;

namespace Cascade.App.Messages;

/// <summary>
/// A request to re-evaluate this person's lifecycle and score from the stored facts (see
/// <see cref="Leads.LeadEvaluationRequests"/>). <see cref="Since"/> is the earliest instant of the facts that caused it
/// (null: unknown), so that only the attributions those facts can change are recomputed. <see cref="TouchesOnly"/>: the
/// facts are touches alone (see <see cref="Leads.PersonToEvaluate"/>); any other fact must leave it false.
/// </summary>
public sealed record LeadEvaluation(string Email, DateTimeOffset? Since = null, bool TouchesOnly = false)
{
    /// <summary>
    /// With <see cref="TouchesOnly"/>: every one of those touches, as this request's writer stored them, for the mark to
    /// carry to the evaluation; null when it does not know them all.
    /// </summary>
    public IReadOnlyList<Touchpoint>? Touches { get; init; }
}
